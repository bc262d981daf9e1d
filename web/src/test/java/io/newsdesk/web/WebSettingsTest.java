package io.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WebSettingsTest {

    @Test
    void defaultsToLoopbackOnPort8080() {
        WebSettings settings = WebSettings.defaults();
        assertThat(settings.bindAddress()).isEqualTo("127.0.0.1");
        assertThat(settings.port()).isEqualTo(8080);
        assertThat(settings.maxBodyBytes()).isEqualTo(1024 * 1024);
        assertThat(settings.maxUploadBytes()).isEqualTo(10 * 1024 * 1024);
    }

    @Test
    void refusesPortsAndLimitsThatCannotWork() {
        assertThatThrownBy(() -> WebSettings.defaults().withPort(65_536)).hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> WebSettings.defaults().withPort(-1)).hasMessageContaining("between 0 and 65535");
        assertThatThrownBy(() -> WebSettings.defaults().withLimits(0, 10)).hasMessageContaining("positive");
        assertThatThrownBy(() -> WebSettings.defaults().withBindAddress(" ")).hasMessageContaining("blank");
    }

    @Test
    void portZeroMeansAnyFreePort() {
        assertThat(WebSettings.defaults().withPort(0).port()).isZero();
    }
}
