package io.newsdesk.bench.polling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class PollingServerTest {

    private static final ServerSettings SETTINGS = new ServerSettings(
            60, 3, FeedMix.parse("slow=10,not-found=10,server-error=10,gone=10,timeout=5"), 11, 50,
            Duration.ofMillis(1), Duration.ofMillis(5), 1);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private PollingServer server;

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        client.close();
    }

    @Test
    void eachFeedAnswersAsItsBehaviourSaysAndIsCounted() throws Exception {
        server = PollingServer.start(SETTINGS);
        List<URI> urls = PollingServer.urls(server.addresses(), SETTINGS.feeds());
        List<FeedBehaviour> behaviours = SETTINGS.mix().assign(SETTINGS.feeds(), SETTINGS.seed());

        for (int feed = 0; feed < urls.size(); feed++) {
            FeedBehaviour behaviour = behaviours.get(feed);
            if (behaviour == FeedBehaviour.TIMEOUT) {
                continue;
            }
            HttpResponse<byte[]> response = get(urls.get(feed), null);
            int expected = switch (behaviour) {
                case FRESH, SLOW -> 200;
                case NOT_FOUND -> 404;
                case SERVER_ERROR -> 500;
                case GONE -> 410;
                case TIMEOUT -> throw new AssertionError();
            };
            assertThat(response.statusCode()).as("feed %d (%s)", feed, behaviour).isEqualTo(expected);
            if (expected == 200) {
                assertThat(gunzip(response.body())).contains("<title>Local news " + feed + "</title>");
                assertThat(response.headers().firstValue("ETag")).hasValue(PolledFeeds.etag(feed, 1));
            }
        }

        ServerStats stats = server.stats();
        assertThat(stats.cycle()).isEqualTo(1);
        assertThat(stats.answered("200")).isEqualTo(39);
        assertThat(stats.answered("404")).isEqualTo(6);
        assertThat(stats.answered("410")).isEqualTo(6);
        assertThat(stats.feedsByRequests().get("fresh")).isEqualTo(new ServerStats.RequestCounts(0, 33, 0));
        assertThat(stats.feedsByRequests().get("timeout")).isEqualTo(new ServerStats.RequestCounts(3, 0, 0));
        assertThat(stats.mostActivePerHost()).isEqualTo(1);
        assertThat(stats.conditionalRequests()).isZero();
    }

    @Test
    void inTheNextCycleUnchangedFeedsAnswer304AndChangedOnesTheirNews() throws Exception {
        server = PollingServer.start(SETTINGS);
        List<URI> urls = PollingServer.urls(server.addresses(), SETTINGS.feeds());
        List<FeedBehaviour> behaviours = SETTINGS.mix().assign(SETTINGS.feeds(), SETTINGS.seed());
        server.startCycle(2);

        int notModified = 0;
        int changed = 0;
        for (int feed = 0; feed < urls.size(); feed++) {
            if (behaviours.get(feed) != FeedBehaviour.FRESH) {
                continue;
            }
            HttpResponse<byte[]> response = get(urls.get(feed), PolledFeeds.etag(feed, 1));
            if (response.statusCode() == 304) {
                notModified++;
            } else {
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue("ETag")).hasValue(PolledFeeds.etag(feed, 2));
                assertThat(gunzip(response.body())).contains("Story 11 from town " + feed);
                changed++;
            }
        }

        ServerStats stats = server.stats();
        assertThat(stats.cycle()).isEqualTo(2);
        assertThat(notModified).isPositive();
        assertThat(changed).isPositive();
        assertThat(stats.answered("304")).isEqualTo(notModified);
        assertThat(stats.conditionalRequests()).isEqualTo(notModified + changed);
    }

    @Test
    void aFeedThatNeverAnswersStopsCountingOnceTheClientHangsUp() throws Exception {
        server = PollingServer.start(SETTINGS);
        List<URI> urls = PollingServer.urls(server.addresses(), SETTINGS.feeds());
        int hanging = SETTINGS.mix().assign(SETTINGS.feeds(), SETTINGS.seed()).indexOf(FeedBehaviour.TIMEOUT);

        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(urls.get(hanging)).timeout(Duration.ofMillis(300)).build(),
                HttpResponse.BodyHandlers.discarding())).isInstanceOf(HttpTimeoutException.class);
        client.close();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.stats().activeRequests() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(server.stats().activeRequests()).as("the server saw the client hang up").isZero();
        // Another request to the same host, after the first client went.
        try (HttpClient second = HttpClient.newHttpClient()) {
            int sameHost = (hanging + SETTINGS.hosts()) % SETTINGS.feeds();
            server.startCycle(1);
            second.send(HttpRequest.newBuilder(urls.get(sameHost)).build(), HttpResponse.BodyHandlers.discarding());
        }

        assertThat(server.stats().mostActivePerHost()).isEqualTo(1);
    }

    @Test
    void aClientThatKeepsAHangingRequestOpenBesideAnotherIsCountedAsTwoAtOnce() throws Exception {
        server = PollingServer.start(SETTINGS);
        List<URI> urls = PollingServer.urls(server.addresses(), SETTINGS.feeds());
        int hanging = SETTINGS.mix().assign(SETTINGS.feeds(), SETTINGS.seed()).indexOf(FeedBehaviour.TIMEOUT);
        int sameHost = (hanging + SETTINGS.hosts()) % SETTINGS.feeds();
        var waiting = client.sendAsync(HttpRequest.newBuilder(urls.get(hanging)).build(),
                HttpResponse.BodyHandlers.discarding());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (server.stats().activeRequests() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }

        try (HttpClient second = HttpClient.newHttpClient()) {
            second.send(HttpRequest.newBuilder(urls.get(sameHost)).build(), HttpResponse.BodyHandlers.discarding());
        }

        assertThat(server.stats().mostActivePerHost()).isEqualTo(2);
        waiting.cancel(true);
    }

    @Test
    void pathsOfOtherHostsOrUnknownFeedsAre404() throws Exception {
        server = PollingServer.start(SETTINGS);
        List<String> addresses = server.addresses();

        assertThat(get(URI.create("http://" + addresses.get(1) + PolledFeeds.path(0)), null).statusCode()).isEqualTo(404);
        assertThat(get(URI.create("http://" + addresses.get(0) + "/feeds/999.xml"), null).statusCode()).isEqualTo(404);
        assertThat(get(URI.create("http://" + addresses.get(0) + "/robots.txt"), null).statusCode()).isEqualTo(404);
        assertThat(server.stats().requests()).isZero();
    }

    private HttpResponse<byte[]> get(URI url, String etag) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).header("Accept-Encoding", "gzip");
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
