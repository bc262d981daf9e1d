package io.newsdesk.web.readers.miniflux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.UnauthorizedResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    @Test
    void readsNameAndPasswordWithColonsInThePassword() {
        BasicCredentials credentials = BasicCredentials.parse("Basic " + encode("ada:pass:word ü"));

        assertThat(credentials.username()).isEqualTo("ada");
        assertThat(credentials.password()).isEqualTo("pass:word ü");
        assertThat(BasicCredentials.parse("basic   " + encode("a:b")).username()).isEqualTo("a");
    }

    @Test
    void neverShowsThePassword() {
        assertThat(BasicCredentials.parse("Basic " + encode("ada:hunter2")).toString()).doesNotContain("hunter2");
    }

    @Test
    void refusesMalformedHeadersSayingWhy() {
        assertRefused("Bearer abc", "must use the Basic scheme");
        assertRefused("Basic", "must use the Basic scheme");
        assertRefused("Basic !!!not-base64!!!", "not base64");
        assertRefused("Basic " + Base64.getEncoder().encodeToString(new byte[] {(byte) 0xff, ':', 'x'}), "not UTF-8");
        assertRefused("Basic " + encode("no-colon"), "no ':'");
        assertRefused("Basic " + encode(":password"), "empty");
        assertRefused("Basic " + encode("user:"), "empty");
    }

    private static void assertRefused(String header, String reason) {
        assertThatThrownBy(() -> BasicCredentials.parse(header))
                .as(header)
                .isInstanceOf(UnauthorizedResponse.class)
                .hasMessageContaining(reason);
    }

    private static String encode(String pair) {
        return Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
