package io.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2019-11-19T08:03:00Z             | 2019-11-19T08:03:00Z
            2019-11-19T08:03:00.123Z         | 2019-11-19T08:03:00.123Z
            2019-11-19T08:03:00-05:00        | 2019-11-19T13:03:00Z
            2019-11-19T08:03:00+0530         | 2019-11-19T02:33:00Z
            2019-11-19T08:03:00+01           | 2019-11-19T07:03:00Z
            2019-11-19 08:03:00              | 2019-11-19T08:03:00Z
            2019-11-19 08:03:00 UTC          | 2019-11-19T08:03:00Z
            2019-11-19T08:03                 | 2019-11-19T08:03:00Z
            2019-11-19                       | 2019-11-19T00:00:00Z
            'Tue, 19 Nov 2019 08:03:00 GMT'  | 2019-11-19T08:03:00Z
            1574150580                       | 2019-11-19T08:03:00Z
            1574150580000                    | 2019-11-19T08:03:00Z
            """)
    void readsTheSpellingsPagesUse(String value, Instant expected) {
        assertThat(DateValues.parse(value)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "yesterday", "2019-13-45", "2019-11-19T25:00:00Z", "12345",
        "0000-00-00 00:00:00", "November 2019"})
    void otherValuesAreNoDate(String value) {
        assertThat(DateValues.parse(value)).isNull();
    }
}
