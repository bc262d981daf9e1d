package io.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FetchExceptionTest {

    @Test
    void statusMessagesUseTheStandardPhrase() {
        assertThat(FetchException.httpStatus(404, "Nope", null).getMessage()).isEqualTo("HTTP 404 Not Found");
        assertThat(FetchException.httpStatus(500, null, null).getMessage()).isEqualTo("HTTP 500 Internal Server Error");
        assertThat(FetchException.httpStatus(503, "", Duration.ofMinutes(2)).getMessage())
                .isEqualTo("HTTP 503 Service Unavailable (retry after 120 s)");
    }

    @Test
    void nonStandardCodesShowTheServersPhraseOnlyWhenItIsPlainText() {
        assertThat(FetchException.httpStatus(520, "Web Server Returned an Unknown Error", null).getMessage())
                .isEqualTo("HTTP 520 Web Server Returned an Unknown Error");
        assertThat(FetchException.httpStatus(599, "<script>alert(1)</script>".repeat(5), null).getMessage()).isEqualTo("HTTP 599");
        assertThat(FetchException.httpStatus(599, "caf\u00e9", null).getMessage()).isEqualTo("HTTP 599");
    }

    @Test
    void goneOnlyFor410() {
        assertThat(FetchException.httpStatus(410, null, null).gone()).isTrue();
        assertThat(FetchException.httpStatus(404, null, null).gone()).isFalse();
        assertThat(new FetchException(FetchException.Reason.IO, "x").gone()).isFalse();
    }

    @Test
    void formatsSizesAndDurations() {
        assertThat(Quantities.bytes(10L * 1024 * 1024)).isEqualTo("10 MiB");
        assertThat(Quantities.bytes(64 * 1024)).isEqualTo("64 KiB");
        assertThat(Quantities.bytes(1000)).isEqualTo("1000 bytes");
        assertThat(Quantities.duration(Duration.ofSeconds(20))).isEqualTo("20 s");
        assertThat(Quantities.duration(Duration.ofMillis(1500))).isEqualTo("1500 ms");
    }
}
