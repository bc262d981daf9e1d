package io.newsdesk.parse.date;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.DatePrecision;
import java.time.Instant;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast path for the usual forms must read them exactly as the general readers do. */
class CanonicalDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thu, 01 Jan 2004 19:48:21 GMT     | 2004-01-01T19:48:21Z
            1 Jan 2004 19:48 +0100            | 2004-01-01T18:48:00Z
            Sun, 31 Dec 2023 23:59:59 -0530   | 2024-01-01T05:29:59Z
            Thu, 01 Jan 2004 19:48:21 A       | 2004-01-01T20:48:21Z
            2004-01-01T19:48:21Z              | 2004-01-01T19:48:21Z
            2004-01-01t19:48:21.25+01:00      | 2004-01-01T18:48:21.250Z
            2004-01-01T19:48:21               | 2004-01-01T19:48:21Z
            2004-01-01T19:48+01:00            | 2004-01-01T18:48:00Z
            """)
    void readsTheUsualForms(String text, String expected) {
        assertThat(CanonicalDates.parse(text)).contains(new ParsedDate(Instant.parse(expected), DatePrecision.SECOND));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Thu, 01 Jan 2004 19:48:21", "Thu, 01 Jan 2004 19:48:21 GMT+1", "Thu, 1 jan 2004 19:48 GMT",
        "Thursday, 01 Jan 2004 19:48:21 GMT", "01 Jan 04 19:48:21 GMT", "Thu, 01 Jan 2004 9:48:21 GMT",
        "Thu, 01 Jan 2004 19:48:21.5 GMT", "2004-01-01T24:00:00Z", "2004-01-01T19:48:60Z", "2004-01-01 19:48:21Z",
        "2004-01-01T19:48:21+0100", "2004-01-01T19:48:21.1234567890Z", "2004-01-01T19:48:21 UTC", ""})
    void leavesEverythingElseToTheGeneralReaders(String text) {
        assertThat(CanonicalDates.parse(text)).isEmpty();
    }

    @Property(tries = 2000)
    void agreesWithTheGeneralReaders(@ForAll("nearlyCanonical") String text) {
        Optional<ParsedDate> general = IsoDates.parse(text).or(() -> TextualDates.parse(text));

        CanonicalDates.parse(text).ifPresent(fast -> assertThat(general).contains(fast));
    }

    @Provide
    Arbitrary<String> nearlyCanonical() {
        return Arbitraries.oneOf(rfc1123(), rfc3339());
    }

    private static Arbitrary<String> rfc1123() {
        Arbitrary<String> dayName = Arbitraries.of("", "Thu, ", "Mon, ", "Thursday, ", "Do, ", "Thu ");
        Arbitrary<String> day = Arbitraries.of("1", "01", "07", "29", "30", "31", "32", "0", "123");
        Arbitrary<String> month = Arbitraries.of("Jan", "Feb", "Mar", "Jun", "Sep", "Dec", "jan", "June", "Foo", "Mär");
        Arbitrary<String> year = Arbitraries.of("2004", "1999", "0999", "04", "20040", "9999");
        return Combinators.combine(dayName, day, month, year, time(false), rfc1123Zone())
                .as((d, dd, m, y, t, z) -> d + dd + " " + m + " " + y + " " + t + z);
    }

    private static Arbitrary<String> rfc1123Zone() {
        return Arbitraries.of("", " GMT", " gmt", " UT", " EST", " Z", " A", " J", " +0100", " -0530", " +1900",
                " +0160", " +05:30", " GMT+1", " XYZ", " GMT (garbage)", " +010", "GMT");
    }

    private static Arbitrary<String> rfc3339() {
        Arbitrary<String> date = Arbitraries.of("2004-01-01", "2004-02-29", "2003-02-29", "2004-13-01", "2004-00-10",
                "2004-12-32", "0999-01-01");
        Arbitrary<String> separator = Arbitraries.of("T", "t", " ", "");
        Arbitrary<String> offset = Arbitraries.of("", "Z", "z", "+01:00", "-05:30", "+19:00", "+01:60", "+0100",
                "UTC", " Z", "+01", "-00:30");
        return Combinators.combine(date, separator, time(true), offset).as((d, s, t, o) -> d + s + t + o);
    }

    private static Arbitrary<String> time(boolean fractions) {
        Arbitrary<String> hour = Arbitraries.of("00", "09", "9", "19", "23", "24", "25");
        Arbitrary<String> minute = Arbitraries.of("00", "48", "59", "60", "7");
        Arbitrary<String> second = Arbitraries.of("", ":00", ":21", ":59", ":60", ":9");
        Arbitrary<String> fraction = fractions
                ? Arbitraries.of("", ".5", ".25", ".123456789", ".1234567891", ",5", ".")
                : Arbitraries.of("", ".5");
        return Combinators.combine(hour, minute, second, fraction).as((h, m, s, f) -> h + ":" + m + s + f);
    }
}
