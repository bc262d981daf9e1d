package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ByteSizeTest {

    @ParameterizedTest(name = "{0} bytes read \"{1}\"")
    @CsvSource(delimiter = '|', textBlock = """
            0                   | 0 B
            830                 | 830 B
            999                 | 999 B
            1000                | 1.0 KB
            1500                | 1.5 KB
            9949                | 9.9 KB
            9960                | 10 KB
            61000000            | 61 MB
            999960              | 1.0 MB
            1300000000          | 1.3 GB
            9223372036854775807 | 9.2 EB
            """)
    void formatsInDecimalUnits(long bytes, String expected) {
        assertThat(ByteSize.format(bytes)).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void unknownOrNegativeSizesGiveNull() {
        assertThat(ByteSize.format(null)).isNull();
        assertThat(ByteSize.format(-1L)).isNull();
    }
}
