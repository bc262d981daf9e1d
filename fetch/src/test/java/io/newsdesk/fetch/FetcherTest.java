package io.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.newsdesk.fetch.FetchException.Reason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FetcherTest {

    private static final String FEED = "<rss version=\"2.0\"><channel><title>Test</title></channel></rss>";

    private TestServer server;
    private Fetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
        fetcher = new Fetcher(TestSettings.loopback().build());
    }

    @AfterEach
    void stop() throws Exception {
        fetcher.close();
        server.close();
    }

    @Test
    void returnsBodyValidatorsAndHintsOf200() throws Exception {
        server.route("/feed", exchange -> exchange
                .header("ETag", "\"v1\"")
                .header("Last-Modified", "Sun, 06 Nov 1994 08:49:37 GMT")
                .header("Cache-Control", "public, max-age=300")
                .respond(200, "application/rss+xml; charset=utf-8", FEED));

        FetchResult result = fetcher.fetch(FetchRequest.feed(server.url("/feed"), null, null));

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.notModified()).isFalse();
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo(FEED);
        assertThat(result.contentType()).isEqualTo("application/rss+xml; charset=utf-8");
        assertThat(result.etag()).isEqualTo("\"v1\"");
        assertThat(result.lastModified()).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
        assertThat(result.requestedUrl()).isEqualTo(server.url("/feed"));
        assertThat(result.finalUrl()).isEqualTo(server.url("/feed"));
        assertThat(result.permanentRedirect()).isFalse();
        assertThat(result.cacheHints().maxAge()).isEqualTo(Duration.ofSeconds(300));
    }

    @Test
    void returnsTheLinkHeadersOfTheFinalResponseResolvedAgainstItsUrl() throws Exception {
        server.route("/old", exchange -> exchange.header("Location", "/blog/").respond(302, "text/plain", ""));
        server.route("/blog/", exchange -> exchange
                .addHeader("Link", "<feed.xml>; rel=\"alternate\"; type=\"application/atom+xml\"")
                .addHeader("Link", "<https://hub.example/>; rel=hub")
                .respond(200, "text/html", "<html></html>"));

        FetchResult result = fetcher.fetch(FetchRequest.feed(server.url("/old"), null, null));

        assertThat(result.links()).containsExactly(
                new WebLink(server.url("/blog/feed.xml"), Set.of("alternate"), "application/atom+xml", null),
                new WebLink("https://hub.example/", Set.of("hub"), null, null));
    }

    @Test
    void sendsUserAgentAcceptAndAcceptEncoding() throws Exception {
        server.route("/feed", exchange -> exchange.respond(200, "application/rss+xml", FEED));

        fetcher.fetch(FetchRequest.feed(server.url("/feed"), null, null));
        fetcher.fetch(FetchRequest.page(server.url("/feed")));

        List<TestServer.Received> received = server.received();
        assertThat(received).hasSize(2);
        assertThat(received).allSatisfy(request -> {
            assertThat(request.headers().get("User-Agent")).isEqualTo(FetchSettings.DEFAULT_USER_AGENT);
            assertThat(request.headers().get("Accept-Encoding")).isEqualTo("gzip, deflate");
            assertThat(request.headers().get("If-None-Match")).isNull();
            assertThat(request.headers().get("If-Modified-Since")).isNull();
        });
        assertThat(received.get(0).headers().get("Accept")).startsWith("application/rss+xml, application/atom+xml");
        assertThat(received.get(1).headers().get("Accept")).startsWith("text/html");
    }

    @Test
    void conditionalGetAnswered304IsAResult() throws Exception {
        server.route("/feed", exchange -> {
            if ("\"v1\"".equals(exchange.header("If-None-Match"))) {
                exchange.status(304).header("ETag", "\"v1\"").finish(new byte[0]);
            } else {
                exchange.header("ETag", "\"v1\"").respond(200, "application/rss+xml", FEED);
            }
        });

        FetchResult result = fetcher.fetch(FetchRequest.feed(server.url("/feed"), "\"v1\"", "Sun, 06 Nov 1994 08:49:37 GMT"));

        assertThat(result.status()).isEqualTo(304);
        assertThat(result.notModified()).isTrue();
        assertThat(result.body()).isEmpty();
        assertThat(result.etag()).isEqualTo("\"v1\"");
        TestServer.Received request = server.received().getFirst();
        assertThat(request.headers().get("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(request.headers().get("If-Modified-Since")).isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
    }

    @Test
    void notModifiedWithoutValidatorsKeepsTheOnesSent() throws Exception {
        server.route("/feed", exchange -> exchange.status(304).finish(new byte[0]));

        FetchResult result = fetcher.fetch(FetchRequest.feed(server.url("/feed"), "\"abc\"", "Mon, 07 Nov 1994 10:00:00 GMT"));

        assertThat(result.etag()).isEqualTo("\"abc\"");
        assertThat(result.lastModified()).isEqualTo("Mon, 07 Nov 1994 10:00:00 GMT");
    }

    @Test
    void refusesSchemesOtherThanHttpAndHttps() {
        for (String url : List.of("ftp://example.com/feed.xml", "file:///etc/passwd", "gopher://example.com/", "javascript:alert(1)")) {
            assertThatThrownBy(() -> fetcher.fetch(FetchRequest.feed(url, null, null)))
                    .asInstanceOf(type(FetchException.class))
                    .satisfies(e -> {
                        assertThat(e.reason()).isEqualTo(Reason.INVALID_URL);
                        assertThat(e.getMessage()).contains("only http and https URLs can be fetched");
                    });
        }
    }

    @Test
    void refusesMalformedUrls() {
        for (String url : List.of("", "example.com/feed", "http://", "http://exa mple.com:99999/")) {
            assertThatThrownBy(() -> fetcher.fetch(FetchRequest.feed(url, null, null)))
                    .asInstanceOf(type(FetchException.class))
                    .extracting(FetchException::reason)
                    .isEqualTo(Reason.INVALID_URL);
        }
    }

    @Test
    void asyncFetchFailsWithFetchException() {
        CompletableFuture<FetchResult> future = fetcher.fetchAsync(FetchRequest.page("mailto:someone@example.com"));

        assertThatThrownBy(future::join)
                .isInstanceOf(CompletionException.class)
                .cause()
                .isInstanceOf(FetchException.class);
    }

    @Test
    void encodesCharactersBrowsersWouldEncode() throws Exception {
        server.route("/a b/é", exchange -> exchange.respond(200, "text/plain", "found"));

        FetchResult result = fetcher.fetch(FetchRequest.page(server.url("/a b/é?q=x y")));

        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("found");
        assertThat(result.finalUrl()).isEqualTo(server.url("/a%20b/%C3%A9?q=x%20y"));
        assertThat(server.received().getFirst().query()).isEqualTo("q=x%20y");
    }

    @Test
    void sendsCredentialsFromTheUrlToItsOwnOriginOnly() throws Exception {
        server.route("/private", exchange -> exchange.status(302).header("Location", "/moved").finish(new byte[0]));
        server.route("/moved", exchange -> exchange.status(302).header("Location", server.secondaryUrl("/elsewhere")).finish(new byte[0]));
        server.route("/elsewhere", exchange -> exchange.respond(200, "text/plain", "ok"));
        String url = server.url("/private").replace("http://", "http://reader:s%40cret@");

        FetchResult result = fetcher.fetch(FetchRequest.page(url));

        String expected = "Basic " + Base64.getEncoder().encodeToString("reader:s@cret".getBytes(StandardCharsets.UTF_8));
        List<TestServer.Received> received = server.received();
        assertThat(received).extracting(TestServer.Received::path).containsExactly("/private", "/moved", "/elsewhere");
        assertThat(received.get(0).headers().get("Authorization")).isEqualTo(expected);
        assertThat(received.get(1).headers().get("Authorization")).isEqualTo(expected);
        assertThat(received.get(2).headers().get("Authorization")).isNull();
        assertThat(result.finalUrl()).isEqualTo(server.secondaryUrl("/elsewhere"));
    }

    @Test
    void keepsCredentialsOnAFinalUrlOfTheSameOrigin() throws Exception {
        server.route("/old", exchange -> exchange.status(301).header("Location", "/new").finish(new byte[0]));
        server.route("/new", exchange -> exchange.respond(200, "text/plain", "ok"));
        String url = server.url("/old").replace("http://", "http://reader:pw@");

        FetchResult result = fetcher.fetch(FetchRequest.page(url));

        assertThat(result.permanentRedirect()).isTrue();
        assertThat(result.finalUrl()).isEqualTo(server.url("/new").replace("http://", "http://reader:pw@"));
    }

    @Test
    void cancellingTheFutureAbortsTheRequest() throws Exception {
        CountDownLatch streaming = new CountDownLatch(1);
        CountDownLatch clientLeft = new CountDownLatch(1);
        server.route("/stream", exchange -> {
            exchange.status(200).header("Content-Type", "text/plain");
            try {
                // Endless, but fast enough that no timeout of the fetcher ends it within the test.
                while (true) {
                    exchange.write(new byte[256]);
                    streaming.countDown();
                    Thread.sleep(20);
                }
            } catch (IOException e) {
                clientLeft.countDown();
            }
        });
        try (Fetcher patient = new Fetcher(TestSettings.loopback().totalTimeout(Duration.ofMinutes(10)).build())) {
            CompletableFuture<FetchResult> future = patient.fetchAsync(FetchRequest.page(server.url("/stream")));
            assertThat(streaming.await(30, TimeUnit.SECONDS)).isTrue();

            future.cancel(true);

            assertThat(clientLeft.await(30, TimeUnit.SECONDS)).as("server saw the connection close").isTrue();
        }
    }

    @Test
    void failsAfterClose() {
        fetcher.close();

        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.page(server.url("/"))))
                .asInstanceOf(type(FetchException.class))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(Reason.IO);
                    assertThat(e.getMessage()).isEqualTo("the fetcher is closed");
                });
        assertThat(server.received()).isEmpty();
    }

    @Test
    void opensNoMoreConnectionsPerHostThanConfigured() throws Exception {
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger mostInside = new AtomicInteger();
        server.route("/slow", exchange -> {
            mostInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
            Thread.sleep(200);
            inside.decrementAndGet();
            exchange.respond(200, "text/plain", "ok");
        });
        try (Fetcher limited = new Fetcher(TestSettings.loopback().maxConnectionsPerHost(2).build())) {
            List<CompletableFuture<FetchResult>> futures = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                futures.add(limited.fetchAsync(FetchRequest.page(server.url("/slow"))));
            }

            assertThat(futures).allSatisfy(future -> assertThat(future.join().status()).isEqualTo(200));
        }

        assertThat(mostInside.get()).isBetween(1, 2);
    }

    @Test
    void refusesRequestsBeyondTheQueueForAHostInsteadOfQueueingWithoutEnd() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch arrived = new CountDownLatch(1);
        server.route("/held", exchange -> {
            arrived.countDown();
            release.await(30, TimeUnit.SECONDS);
            exchange.respond(200, "text/plain", "ok");
        });
        try (Fetcher limited = new Fetcher(TestSettings.loopback().maxConnectionsPerHost(1).maxQueuedRequestsPerHost(1).build())) {
            CompletableFuture<FetchResult> first = limited.fetchAsync(FetchRequest.page(server.url("/held")));
            assertThat(arrived.await(30, TimeUnit.SECONDS)).isTrue();
            CompletableFuture<FetchResult> queued = limited.fetchAsync(FetchRequest.page(server.url("/held")));
            CompletableFuture<FetchResult> refused = limited.fetchAsync(FetchRequest.page(server.url("/held")));

            assertThatThrownBy(refused::join)
                    .cause()
                    .asInstanceOf(type(FetchException.class))
                    .satisfies(e -> assertThat(e.getMessage()).isEqualTo("too many requests queued for 127.0.0.1"));
            release.countDown();
            assertThat(first.join().status()).isEqualTo(200);
            assertThat(queued.join().status()).isEqualTo(200);
        }
    }
}
