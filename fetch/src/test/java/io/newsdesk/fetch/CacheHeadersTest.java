package io.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.eclipse.jetty.http.HttpFields;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CacheHeadersTest {

    private static final Instant NOW = Instant.parse("2025-03-01T12:00:00Z");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            max-age=600                          | 600
            public, max-age=600, s-maxage=60     | 60
            s-maxage=60, max-age=600             | 60
            max-age="120"                        | 120
            MAX-AGE=30                           | 30
            max-age=abc                          | null
            max-age=-5                           | null
            max-age=99999999999999999999         | 2147483648
            no-cache                             | 0
            max-age=600, no-cache                | 0
            no-store                             | 0
            no-cache="Set-Cookie", max-age=300   | 300
            private, must-revalidate             | null
            """)
    void readsFreshnessFromCacheControl(String cacheControl, Long seconds) {
        HttpFields headers = HttpFields.build().add("Cache-Control", cacheControl);

        assertThat(CacheHeaders.parse(headers, NOW).maxAge()).isEqualTo(seconds == null ? null : Duration.ofSeconds(seconds));
    }

    @Test
    void combinesRepeatedCacheControlHeaders() {
        HttpFields headers = HttpFields.build().add("Cache-Control", "public").add("Cache-Control", "max-age=90");

        assertThat(CacheHeaders.parse(headers, NOW).maxAge()).isEqualTo(Duration.ofSeconds(90));
    }

    @Test
    void subtractsTheAgeAlreadySpentInCaches() {
        HttpFields headers = HttpFields.build().add("Cache-Control", "max-age=300").add("Age", "250");
        HttpFields stale = HttpFields.build().add("Cache-Control", "max-age=300").add("Age", "400");

        assertThat(CacheHeaders.parse(headers, NOW).maxAge()).isEqualTo(Duration.ofSeconds(50));
        assertThat(CacheHeaders.parse(stale, NOW).maxAge()).isEqualTo(Duration.ZERO);
    }

    @Test
    void readsExpires() {
        HttpFields headers = HttpFields.build().add("Expires", "Sat, 01 Mar 2025 13:00:00 GMT");
        HttpFields invalid = HttpFields.build().add("Expires", "0");

        assertThat(CacheHeaders.parse(headers, NOW).expires()).isEqualTo(Instant.parse("2025-03-01T13:00:00Z"));
        assertThat(CacheHeaders.parse(invalid, NOW).expires()).isNull();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            120                           | 120
            0                             | 0
            Sat, 01 Mar 2025 12:30:00 GMT | 1800
            Sat, 01 Mar 2025 11:00:00 GMT | 0
            soon                          | null
            -10                           | null
            """)
    void readsRetryAfterAsSecondsOrDate(String value, Long seconds) {
        HttpFields headers = HttpFields.build().add("Retry-After", value);

        Duration expected = seconds == null ? null : Duration.ofSeconds(seconds);
        assertThat(CacheHeaders.retryAfter(headers, NOW)).isEqualTo(expected);
        assertThat(CacheHeaders.parse(headers, NOW).retryAfter()).isEqualTo(expected);
    }

    @Test
    void noHeadersNoHints() {
        assertThat(CacheHeaders.parse(HttpFields.EMPTY, NOW)).isEqualTo(CacheHints.none());
    }
}
