package io.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class FetchSettingsTest {

    @Test
    void hasSensibleDefaults() {
        FetchSettings settings = FetchSettings.defaults();

        assertThat(settings.userAgent()).isEqualTo("Newsdesk/0.1 (+self-hosted news reader)");
        assertThat(settings.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(settings.idleTimeout()).isEqualTo(Duration.ofSeconds(20));
        assertThat(settings.totalTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(settings.maxBodyBytes()).isEqualTo(10L * 1024 * 1024);
        assertThat(settings.maxRedirects()).isEqualTo(5);
        assertThat(settings.allowPrivateNetworks()).isFalse();
        assertThat(settings.maxConnectionsPerHost()).isEqualTo(2);
        assertThat(settings.maxQueuedRequestsPerHost()).isEqualTo(64);
        assertThat(settings.maxHeaderBytes()).isEqualTo(64 * 1024);
    }

    @Test
    void derivesVariantsThroughTheBuilder() {
        FetchSettings variant = FetchSettings.defaults().toBuilder()
                .maxRedirects(2).allowPrivateNetworks(true).maxQueuedRequestsPerHost(8).maxHeaderBytes(16 * 1024).build();

        assertThat(variant.maxRedirects()).isEqualTo(2);
        assertThat(variant.maxQueuedRequestsPerHost()).isEqualTo(8);
        assertThat(variant.maxHeaderBytes()).isEqualTo(16 * 1024);
        assertThat(variant.allowPrivateNetworks()).isTrue();
        assertThat(variant.toBuilder().build()).isEqualTo(variant);
    }

    @Test
    void rejectsValuesOutOfRangeNamingThem() {
        assertThatThrownBy(() -> FetchSettings.builder().idleTimeout(Duration.ZERO).build()).hasMessageContaining("idleTimeout");
        assertThatThrownBy(() -> FetchSettings.builder().maxBodyBytes(0).build()).hasMessageContaining("maxBodyBytes");
        assertThatThrownBy(() -> FetchSettings.builder().maxRedirects(-1).build()).hasMessageContaining("maxRedirects");
        assertThatThrownBy(() -> FetchSettings.builder().maxConnectionsPerHost(0).build()).hasMessageContaining("maxConnectionsPerHost");
        assertThatThrownBy(() -> FetchSettings.builder().maxQueuedRequestsPerHost(0).build())
                .hasMessageContaining("maxQueuedRequestsPerHost");
        assertThatThrownBy(() -> FetchSettings.builder().maxHeaderBytes(1000).build()).hasMessageContaining("maxHeaderBytes");
        assertThatThrownBy(() -> FetchSettings.builder().userAgent("Bot\r\nX-Evil: 1").build()).hasMessageContaining("userAgent");
    }

    @Test
    void requestsIgnoreValidatorsThatCannotBeSent() {
        FetchRequest request = FetchRequest.feed("http://example.com/", "  ", "Mon\r\nX: y");

        assertThat(request.etag()).isNull();
        assertThat(request.lastModified()).isNull();
        assertThat(FetchRequest.page("http://example.com/").accept()).startsWith("text/html");
    }
}
