package io.newsdesk.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class CrossSiteRequestGuardTest {

    @Test
    void onlyTheExemptPathsMayBePostedToByOtherSites() {
        CrossSiteRequestGuard guard = new CrossSiteRequestGuard(Set.of("/websub/callback/"));

        assertThat(guard.exempt("/websub/callback/a1B2")).isTrue();
        assertThat(guard.exempt("/api/v1/feeds")).isFalse();
        assertThat(guard.exempt("/websub/other")).isFalse();
    }

    @Test
    void requestsFromThePagesOfThisSitePass() {
        assertThat(CrossSiteRequestGuard.refusal("http://127.0.0.1:8080", "same-origin", "127.0.0.1:8080")).isEmpty();
        assertThat(CrossSiteRequestGuard.refusal("http://News.Example", null, "news.example")).isEmpty();
        assertThat(CrossSiteRequestGuard.refusal("http://[::1]:9000", null, "[::1]:9000")).isEmpty();
    }

    @Test
    void anHttpsOriginBehindATlsProxyMatchesTheHostWithoutPort() {
        assertThat(CrossSiteRequestGuard.refusal("https://news.example", null, "news.example")).isEmpty();
        assertThat(CrossSiteRequestGuard.refusal("https://news.example:443", null, "news.example")).isEmpty();
    }

    @Test
    void clientsThatAreNotBrowsersPass() {
        assertThat(CrossSiteRequestGuard.refusal(null, null, "127.0.0.1:8080")).isEmpty();
        assertThat(CrossSiteRequestGuard.refusal(null, "none", "127.0.0.1:8080")).isEmpty();
        assertThat(CrossSiteRequestGuard.refusal(null, "same-origin", "127.0.0.1:8080")).isEmpty();
    }

    @Test
    void anotherSitesOriginIsRefusedWithTheOriginNamed() {
        assertThat(CrossSiteRequestGuard.refusal("https://evil.example", "cross-site", "127.0.0.1:8080"))
                .hasValueSatisfying(reason -> assertThat(reason)
                        .startsWith("cross-site request refused")
                        .contains("https://evil.example"));
    }

    @Test
    void anotherPortOrSchemeDefaultIsAnotherOrigin() {
        assertThat(CrossSiteRequestGuard.refusal("http://127.0.0.1:9999", null, "127.0.0.1:8080")).isPresent();
        assertThat(CrossSiteRequestGuard.refusal("http://127.0.0.1", null, "127.0.0.1:8080")).isPresent();
        assertThat(CrossSiteRequestGuard.refusal("https://news.example", null, "news.example:80")).isPresent();
    }

    @Test
    void opaqueAndMalformedOriginsAreRefused() {
        assertThat(CrossSiteRequestGuard.refusal("null", null, "127.0.0.1:8080"))
                .hasValueSatisfying(reason -> assertThat(reason).contains("opaque origin"));
        assertThat(CrossSiteRequestGuard.refusal("not a url", null, "127.0.0.1:8080")).isPresent();
        assertThat(CrossSiteRequestGuard.refusal("http://127.0.0.1:8080", null, null)).isPresent();
    }

    @Test
    void withoutOriginACrossSiteFetchIsRefused() {
        assertThat(CrossSiteRequestGuard.refusal(null, "cross-site", "127.0.0.1:8080")).isPresent();
        assertThat(CrossSiteRequestGuard.refusal(null, "Cross-Site", "127.0.0.1:8080")).isPresent();
    }

    @Test
    void aHugeOriginIsShortenedInTheMessage() {
        String origin = "https://" + "a".repeat(5000) + ".example";
        assertThat(CrossSiteRequestGuard.refusal(origin, null, "127.0.0.1:8080"))
                .hasValueSatisfying(reason -> assertThat(reason).hasSizeLessThan(300));
    }
}
