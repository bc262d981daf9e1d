package io.newsdesk.web.api;

import static io.newsdesk.web.api.ApiErrorsTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.FixtureSite;
import io.newsdesk.web.RunningServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedsApiTest {

    @TempDir
    Path dataDir;

    private FixtureSite site;
    private RunningServer running;

    @BeforeEach
    void start() throws IOException {
        site = FixtureSite.start();
        running = RunningServer.start(dataDir);
    }

    @AfterEach
    void stop() {
        running.close();
        site.close();
    }

    @Test
    void subscribingAnswers201WithTheFeedAndWhereItLives() {
        HttpResponse<String> response = running.sendJson("POST", "/api/v1/feeds",
                "{\"url\": \"" + site.url(FixtureSite.RSS) + "\", \"category\": \"Blogs\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode feed = RunningServer.json(response);
        long id = feed.get("id").asLong();
        assertThat(response.headers().firstValue("Location")).hasValue("/api/v1/feeds/" + id);
        assertThat(feed.get("url").asText()).isEqualTo(site.url(FixtureSite.RSS));
        assertThat(feed.get("title").asText()).isEqualTo("Artificial truth");
        assertThat(feed.get("category").asText()).isEqualTo("Blogs");
        assertThat(feed.get("local").asBoolean()).isFalse();
        assertThat(feed.get("total").asInt()).isEqualTo(FixtureSite.RSS_ENTRIES);
        assertThat(feed.get("unread").asInt()).isEqualTo(FixtureSite.RSS_ENTRIES);
        assertThat(feed.get("status").get("state").asText()).isEqualTo("ok");
    }

    @Test
    void aSitePageLeadsToTheFeedItAnnounces() {
        HttpResponse<String> response =
                running.sendJson("POST", "/api/v1/feeds", "{\"url\": \"" + site.url(FixtureSite.SITE) + "\"}");
        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(RunningServer.json(response).get("url").asText()).isEqualTo(site.url(FixtureSite.ATOM));
    }

    @Test
    void listsAndGetsSubscriptions() {
        long rss = running.subscribe(site.url(FixtureSite.RSS));
        long atom = running.subscribe(site.url(FixtureSite.ATOM));
        JsonNode list = RunningServer.json(running.get("/api/v1/feeds"));
        assertThat(list.get("total").asInt()).isEqualTo(2);
        assertThat(list.get("feeds").findValuesAsText("id")).containsExactlyInAnyOrder(Long.toString(rss), Long.toString(atom));
        JsonNode one = RunningServer.json(running.get("/api/v1/feeds/" + atom));
        assertThat(one.get("title").asText()).isEqualTo("Recent Commits to v2:main");
        assertThat(one.get("total").asInt()).isEqualTo(FixtureSite.ATOM_ENTRIES);
    }

    @Test
    void subscribingTwiceIs409() {
        running.subscribe(site.url(FixtureSite.RSS));
        assertError(running.sendJson("POST", "/api/v1/feeds", "{\"url\": \"" + site.url(FixtureSite.RSS) + "\"}"),
                409, "already subscribed");
    }

    @Test
    void aPageWithoutFeedIs502WithTheReason() {
        assertError(running.sendJson("POST", "/api/v1/feeds", "{\"url\": \"" + site.url(FixtureSite.PLAIN_PAGE) + "\"}"),
                502, "no feed found at " + site.url(FixtureSite.PLAIN_PAGE));
    }

    @Test
    void anUnreachableOrMissingFeedIs502() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertError(running.sendJson("POST", "/api/v1/feeds", "{\"url\": \"http://127.0.0.1:" + closedPort + "/feed.xml\"}"),
                502, "could not fetch");
        assertError(running.sendJson("POST", "/api/v1/feeds", "{\"url\": \"" + site.url("/gone.xml") + "\"}"), 502, "");
    }

    @Test
    void aBadUrlIs400() {
        assertError(running.sendJson("POST", "/api/v1/feeds", "{\"url\": \"not a url\"}"), 400, "");
        assertError(running.sendJson("POST", "/api/v1/feeds", "{\"url\": \"ftp://example.com/feed\"}"), 400, "");
        assertError(running.sendJson("POST", "/api/v1/feeds", "{}"), 400, "field 'url' is required");
    }

    @Test
    void refreshingAnswersTheOutcome() {
        long id = running.subscribe(site.url(FixtureSite.ATOM));
        HttpResponse<String> response = running.post("/api/v1/feeds/" + id + "/refresh");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode outcome = RunningServer.json(response);
        assertThat(outcome.get("feed_id").asLong()).isEqualTo(id);
        assertThat(outcome.get("status").asText()).isIn("updated", "not_modified");
        assertThat(outcome.get("inserted").asInt()).isZero();
        assertThat(outcome.has("updated")).isTrue();
        assertThat(outcome.get("error").isNull()).isTrue();
        assertThat(outcome.get("next_check_at").asText()).isNotBlank();
    }

    @Test
    void aFailingRefreshIsAnOutcomeNotAnError() {
        long id = running.subscribe(site.url(FixtureSite.ATOM));
        site.put(FixtureSite.ATOM, "text/plain", "this is no longer a feed".getBytes());
        JsonNode outcome = RunningServer.json(running.post("/api/v1/feeds/" + id + "/refresh"));
        assertThat(outcome.get("status").asText()).isEqualTo("failed");
        assertThat(outcome.get("error").asText()).isNotBlank();
    }

    @Test
    void aGoneFeedIsDisabledLeftOutOfRefreshAllAndEnabledOnRequest() {
        long id = running.subscribe(site.url(FixtureSite.ATOM));
        site.gone(FixtureSite.ATOM);
        JsonNode outcome = RunningServer.json(running.post("/api/v1/feeds/" + id + "/refresh"));
        assertThat(outcome.get("error").asText()).isEqualTo("HTTP 410 Gone");
        JsonNode disabled = RunningServer.json(running.get("/api/v1/feeds/" + id)).get("status");
        assertThat(disabled.get("state").asText()).isEqualTo("disabled");
        assertThat(RunningServer.json(running.post("/api/v1/feeds/refresh")).get("total").asInt()).isZero();

        HttpResponse<String> response = running.post("/api/v1/feeds/" + id + "/enable");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode enabled = RunningServer.json(response);
        assertThat(enabled.get("id").asLong()).isEqualTo(id);
        assertThat(enabled.get("status").get("state").asText()).isEqualTo("ok");
        assertThat(enabled.get("status").get("disabled").asBoolean()).isFalse();
        assertThat(enabled.get("status").get("error_count").asInt()).isZero();
        assertThat(enabled.get("status").get("last_status").asInt()).isEqualTo(410);
        assertThat(enabled.get("total").asInt()).isEqualTo(FixtureSite.ATOM_ENTRIES);
        assertError(running.post("/api/v1/feeds/999/enable"), 404, "no feed 999");
    }

    @Test
    void refreshingAllChecksEveryFeed() {
        long rss = running.subscribe(site.url(FixtureSite.RSS));
        long atom = running.subscribe(site.url(FixtureSite.ATOM));
        JsonNode all = RunningServer.json(running.post("/api/v1/feeds/refresh"));
        assertThat(all.get("total").asInt()).isEqualTo(2);
        assertThat(all.get("checks").findValuesAsText("feed_id"))
                .containsExactlyInAnyOrder(Long.toString(rss), Long.toString(atom));
    }

    @Test
    void markingAFeedReadCountsTheEntries() {
        long id = running.subscribe(site.url(FixtureSite.ATOM));
        JsonNode marked = RunningServer.json(running.post("/api/v1/feeds/" + id + "/mark-read"));
        assertThat(marked.get("updated").asInt()).isEqualTo(FixtureSite.ATOM_ENTRIES);
        assertThat(RunningServer.json(running.get("/api/v1/feeds/" + id)).get("unread").asInt()).isZero();
    }

    @Test
    void unsubscribingAnswers204AndTheFeedIsGone() {
        long id = running.subscribe(site.url(FixtureSite.ATOM));
        HttpResponse<String> response = running.send("DELETE", "/api/v1/feeds/" + id, null, null);
        assertThat(response.statusCode()).isEqualTo(204);
        assertThat(response.body()).isEmpty();
        assertError(running.get("/api/v1/feeds/" + id), 404, "no feed " + id);
    }
}
