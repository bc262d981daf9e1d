package io.newsdesk.parse.date;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.DatePrecision;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedDatesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Thu, 01 Jan 2004 19:48:21 GMT         | 2004-01-01T19:48:21Z
            Thu, 01 Jan 2004 19:48:21 +0000       | 2004-01-01T19:48:21Z
            Thu, 01 Jan 2004 19:48:21 -0500       | 2004-01-02T00:48:21Z
            Thu, 01 Jan 2004 19:48:21 +05:30      | 2004-01-01T14:18:21Z
            01 Jan 2004 19:48:21 GMT              | 2004-01-01T19:48:21Z
            Thu, 1 Jan 2004 19:48:21 GMT          | 2004-01-01T19:48:21Z
            Thu, 01 Jan 04 19:48:21 GMT           | 2004-01-01T19:48:21Z
            Wed, 31 Dec 97 23:00:00 GMT           | 1997-12-31T23:00:00Z
            Thu, 01 Jan 2004 19:48:21 EST         | 2004-01-02T00:48:21Z
            Thu, 01 Jan 2004 19:48:21 PDT         | 2004-01-02T02:48:21Z
            Thu, 01 Jan 2004 19:48:21 UT          | 2004-01-01T19:48:21Z
            Thu, 01 Jan 2004 19:48:21 Z           | 2004-01-01T19:48:21Z
            Thu, 01 Jan 2004 19:48:21 A           | 2004-01-01T20:48:21Z
            Thu, 01 Jan 2004 19:48:21 N           | 2004-01-01T18:48:21Z
            Thu, 01 Jan 2004 19:48:21             | 2004-01-01T19:48:21Z
            '  Thu,   01  Jan   2004  19:48:21  GMT ' | 2004-01-01T19:48:21Z
            Thu, 01 Jan 2004 19:48:21 GMT (this is garbage) | 2004-01-01T19:48:21Z
            Thu, 01 Jan 2004 19:48 GMT            | 2004-01-01T19:48:00Z
            Sun Jan  4 16:29:06 PST 2004          | 2004-01-05T00:29:06Z
            01-Jan-2004 12:00 EST                 | 2004-01-01T17:00:00Z
            Thursday, January 1st, 2004 7:48 PM GMT | 2004-01-01T19:48:00Z
            Do, 01 Jan 2004 19:48:21 +0100        | 2004-01-01T18:48:21Z
            Mi, 17 Mär 2021 10:00:00 +0100        | 2021-03-17T09:00:00Z
            jeu. 05 févr. 2015 08:00:00 +0100     | 2015-02-05T07:00:00Z
            mar. 05 juil. 2016 08:00:00 GMT       | 2016-07-05T08:00:00Z
            mié, 14 dic 2022 12:00:00 GMT         | 2022-12-14T12:00:00Z
            14 diciembre 2022 12:00               | 2022-12-14T12:00:00Z
            gio, 03 ott 2019 09:15:00 +0200       | 2019-10-03T07:15:00Z
            di, 12 mrt 2019 09:15:00 +0100        | 2019-03-12T08:15:00Z
            12 maart 2019 09:15                   | 2019-03-12T09:15:00Z
            seg, 02 out 2023 09:15:00 -0300       | 2023-10-02T12:15:00Z
            2 de dezembro de 2023 10:00           | 2023-12-02T10:00:00Z
            2003-12-31T10:14:55Z                  | 2003-12-31T10:14:55Z
            2003-12-31T10:14:55-08:00             | 2003-12-31T18:14:55Z
            2003-12-31T10:14:55.123+0100          | 2003-12-31T09:14:55.123Z
            2003-12-31T10:14Z                     | 2003-12-31T10:14:00Z
            2003-12-31 10:14:55                   | 2003-12-31T10:14:55Z
            20031231T101455Z                      | 2003-12-31T10:14:55Z
            2006-01-17T12:35:9+01:00              | 2006-01-17T11:35:09Z
            """)
    void readsTimesToTheSecond(String text, String expected) {
        assertThat(FeedDates.parse(text)).contains(new ParsedDate(Instant.parse(expected), DatePrecision.SECOND));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            2003-12-31                    | 2003-12-31T00:00:00Z | DAY
            Wed, 31 Dec 2003              | 2003-12-31T00:00:00Z | DAY
            31 décembre 2003              | 2003-12-31T00:00:00Z | DAY
            2003-12                       | 2003-12-01T00:00:00Z | MONTH
            December 2003                 | 2003-12-01T00:00:00Z | MONTH
            2003                          | 2003-01-01T00:00:00Z | YEAR
            """)
    void datesWithoutATimeKeepTheirPrecision(String text, String expected, DatePrecision precision) {
        assertThat(FeedDates.parse(text)).contains(new ParsedDate(Instant.parse(expected), precision));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "yesterday", "Thu, 32 Jan 2004 19:48:21 GMT", "2004-13-01", "2004-02-30",
        "May I help you", "12:00", "Thu, 01 Foo 2004", "99999-01-01"})
    void unreadableDatesAreEmpty(String text) {
        assertThat(FeedDates.parse(text)).isEmpty();
    }

    @Property
    void readsWhatRfc1123Writes(@ForAll @LongRange(min = 0, max = 253_402_300_799L) long epochSecond) {
        Instant instant = Instant.ofEpochSecond(epochSecond);
        String written = DateTimeFormatter.RFC_1123_DATE_TIME.withLocale(Locale.ENGLISH)
                .format(instant.atOffset(ZoneOffset.UTC));

        assertThat(FeedDates.parse(written)).contains(new ParsedDate(instant, DatePrecision.SECOND));
    }

    @Property
    void neverThrows(@ForAll String text) {
        assertThat(FeedDates.parse(text)).isNotNull();
    }
}
