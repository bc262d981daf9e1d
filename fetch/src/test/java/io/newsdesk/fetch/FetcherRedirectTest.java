package io.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.newsdesk.fetch.FetchException.Reason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Redirects. The route {@code /hop?left=N&codes=301,308,...} redirects to itself with N-1 using the
 * next status from {@code codes} (302 when none is left) and answers 200 at zero.
 */
class FetcherRedirectTest {

    private TestServer server;
    private Fetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
        server.route("/hop", exchange -> {
            int left = Integer.parseInt(exchange.param("left"));
            if (left == 0) {
                exchange.respond(200, "text/plain", "arrived");
                return;
            }
            String codes = exchange.param("codes") == null ? "" : exchange.param("codes");
            String[] parts = codes.isEmpty() ? new String[0] : codes.split(",", 2);
            int status = parts.length == 0 ? 302 : Integer.parseInt(parts[0]);
            String rest = parts.length < 2 ? "" : parts[1];
            exchange.status(status).header("Location", "/hop?left=" + (left - 1) + "&codes=" + rest).finish(new byte[0]);
        });
        fetcher = new Fetcher(TestSettings.loopback().build());
    }

    @AfterEach
    void stop() throws Exception {
        fetcher.close();
        server.close();
    }

    @Test
    void followsAChainOfFiveRedirects() throws Exception {
        FetchResult result = fetcher.fetch(FetchRequest.page(server.url("/hop?left=5")));

        assertThat(result.status()).isEqualTo(200);
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("arrived");
        assertThat(result.requestedUrl()).isEqualTo(server.url("/hop?left=5"));
        assertThat(result.finalUrl()).isEqualTo(server.url("/hop?left=0&codes="));
        assertThat(server.received()).hasSize(6);
    }

    @Test
    void givesUpAfterMaxRedirects() {
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.page(server.url("/hop?left=6"))))
                .asInstanceOf(type(FetchException.class))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_REDIRECTS);
                    assertThat(e.getMessage()).isEqualTo("more than 5 redirects");
                });
        assertThat(server.received()).hasSize(6);
    }

    @Test
    void chainOfOnlyPermanentRedirectsIsPermanent() throws Exception {
        FetchResult result = fetcher.fetch(FetchRequest.page(server.url("/hop?left=3&codes=301,308,301")));

        assertThat(result.permanentRedirect()).isTrue();
        assertThat(result.finalUrl()).isEqualTo(server.url("/hop?left=0&codes="));
    }

    @Test
    void aTemporaryRedirectAnywhereInTheChainMakesItTemporary() throws Exception {
        for (String codes : new String[] {"302,301,308", "301,302,308", "301,308,307", "303,301,301"}) {
            FetchResult result = fetcher.fetch(FetchRequest.page(server.url("/hop?left=3&codes=" + codes)));

            assertThat(result.permanentRedirect()).as(codes).isFalse();
        }
    }

    @Test
    void resolvesRelativeLocations() throws Exception {
        server.route("/feeds/old/rss", exchange -> exchange.status(301).header("Location", "../new/atom.xml?v=2").finish(new byte[0]));
        server.route("/feeds/new/atom.xml", exchange -> exchange.respond(200, "application/atom+xml", "<feed/>"));

        FetchResult result = fetcher.fetch(FetchRequest.feed(server.url("/feeds/old/rss"), null, null));

        assertThat(result.finalUrl()).isEqualTo(server.url("/feeds/new/atom.xml?v=2"));
        assertThat(result.permanentRedirect()).isTrue();
    }

    @Test
    void sendsTheValidatorsToEveryHop() throws Exception {
        server.route("/moved", exchange -> exchange.status(302).header("Location", "/current").finish(new byte[0]));
        server.route("/current", exchange -> exchange.status(304).finish(new byte[0]));

        FetchResult result = fetcher.fetch(FetchRequest.feed(server.url("/moved"), "\"e1\"", null));

        assertThat(result.notModified()).isTrue();
        assertThat(result.finalUrl()).isEqualTo(server.url("/current"));
        assertThat(server.received()).allSatisfy(request -> assertThat(request.headers().get("If-None-Match")).isEqualTo("\"e1\""));
    }

    @Test
    void refusesARedirectToAnotherScheme() {
        server.route("/to-ftp", exchange -> exchange.status(302).header("Location", "ftp://files.example.com/feed.xml").finish(new byte[0]));

        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.page(server.url("/to-ftp"))))
                .asInstanceOf(type(FetchException.class))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(Reason.INVALID_URL);
                    assertThat(e.getMessage()).startsWith("redirect: unsupported URL scheme \"ftp\"");
                });
    }

    @Test
    void reportsARedirectWithoutLocation() {
        server.route("/nowhere", exchange -> exchange.status(302).finish(new byte[0]));

        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.page(server.url("/nowhere"))))
                .asInstanceOf(type(FetchException.class))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
                    assertThat(e.status()).isEqualTo(302);
                    assertThat(e.getMessage()).isEqualTo("HTTP 302 Found without a Location header");
                });
    }

    @Test
    void redirectBodiesDoNotCountAgainstTheLimit() throws Exception {
        server.route("/chatty", exchange -> {
            exchange.status(301).header("Location", "/hop?left=0").header("Content-Type", "text/html");
            exchange.finish(new byte[256 * 1024]);
        });

        try (Fetcher small = new Fetcher(TestSettings.loopback().maxBodyBytes(1024).build())) {
            FetchResult result = small.fetch(FetchRequest.page(server.url("/chatty")));

            assertThat(result.status()).isEqualTo(200);
        }
    }
}
