package io.newsdesk.fetch;

import java.time.Duration;

/** Settings for fetching from the loopback test server: private networks allowed, short timeouts. */
final class TestSettings {

    private TestSettings() {}

    static FetchSettings.Builder loopback() {
        return FetchSettings.builder()
                .allowPrivateNetworks(true)
                .connectTimeout(Duration.ofSeconds(5))
                .idleTimeout(Duration.ofSeconds(5))
                .totalTimeout(Duration.ofSeconds(20));
    }
}
