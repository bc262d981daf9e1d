package io.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpDatesTest {

    private static final Instant EXAMPLE = Instant.parse("1994-11-06T08:49:37Z");

    @ParameterizedTest
    @ValueSource(strings = {"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", " Sun, 06 Nov 1994 08:49:37 GMT "})
    void acceptsTheThreeFormatsOfRfc9110(String value) {
        assertThat(HttpDates.parse(value)).contains(EXAMPLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0", "-1", "tomorrow", "2025-03-01T12:00:00Z", "Sun, 32 Nov 1994 08:49:37 GMT"})
    void rejectsEverythingElse(String value) {
        assertThat(HttpDates.parse(value)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void readsTwoDigitYearsIntoTheRightCentury() {
        assertThat(HttpDates.parse("Thursday, 01-Jan-70 00:00:00 GMT")).contains(Instant.EPOCH);
        assertThat(HttpDates.parse("Saturday, 01-Mar-25 12:00:00 GMT")).contains(Instant.parse("2025-03-01T12:00:00Z"));
    }
}
