package io.newsdesk.extract.teaser;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.DatePrecision;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AgeLineTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:17:42Z");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            11 months ago   | 2025-12-01T00:00:00Z | MONTH
            1 month ago     | 2026-10-01T00:00:00Z | MONTH
            2 mos ago       | 2026-09-01T00:00:00Z | MONTH
            an hour ago     | 2026-11-28T09:00:00Z | SECOND
            An Hour Ago     | 2026-11-28T09:00:00Z | SECOND
            a minute ago    | 2026-11-28T10:16:00Z | SECOND
            3h ago          | 2026-11-28T07:00:00Z | SECOND
            4 hrs ago       | 2026-11-28T06:00:00Z | SECOND
            5 mins ago      | 2026-11-28T10:12:00Z | SECOND
            5m ago          | 2026-11-28T10:12:00Z | SECOND
            30 seconds ago  | 2026-11-28T10:17:12Z | SECOND
            10s ago         | 2026-11-28T10:17:32Z | SECOND
            just now        | 2026-11-28T10:17:42Z | SECOND
            2d ago          | 2026-11-26T00:00:00Z | DAY
            1 day ago       | 2026-11-27T00:00:00Z | DAY
            yesterday       | 2026-11-27T00:00:00Z | DAY
            today           | 2026-11-28T00:00:00Z | DAY
            2 weeks ago     | 2026-11-14T00:00:00Z | DAY
            1w ago          | 2026-11-21T00:00:00Z | DAY
            1 yr ago        | 2025-01-01T00:00:00Z | YEAR
            3 years ago     | 2023-01-01T00:00:00Z | YEAR
            a year ago      | 2025-01-01T00:00:00Z | YEAR
            Jul 28, 2023    | 2023-07-28T00:00:00Z | DAY
            July 28, 2023   | 2023-07-28T00:00:00Z | DAY
            Sept. 3, 2023   | 2023-09-03T00:00:00Z | DAY
            September 3, 2023 | 2023-09-03T00:00:00Z | DAY
            28 Jul 2023     | 2023-07-28T00:00:00Z | DAY
            2023-07-28      | 2023-07-28T00:00:00Z | DAY
            """)
    void readsAges(String line, Instant published, DatePrecision precision) {
        AgeLine age = AgeLine.parse(line, NOW).orElseThrow();

        assertThat(age.published()).isEqualTo(published);
        assertThat(age.precision()).isEqualTo(precision);
        assertThat(age.count()).isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            11 months ago 28        | 28
            3h ago · 1,234          | 1234
            yesterday • 7           | 7
            Jul 28, 2023 28         | 28
            2023-07-28 3            | 3
            """)
    void readsTheCountAfterTheAge(String line, int count) {
        assertThat(AgeLine.parse(line, NOW).orElseThrow().count()).isEqualTo(count);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Russian and North Korean defense chiefs hold historic talks", "28", "ago",
        "11 parsecs ago", "in 3 hours", "Jul 32, 2023", "The vote was 3 days ago",
        "3 days ago and counting"
    })
    void otherLinesAreNoAge(String line) {
        assertThat(AgeLine.parse(line, NOW)).isEmpty();
    }
}
