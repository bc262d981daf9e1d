package io.newsdesk.web.readers.miniflux;

import static io.newsdesk.web.readers.miniflux.MinifluxReadingTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.FixtureSite;
import io.newsdesk.web.RunningServer;
import io.newsdesk.web.SharedCorpora;
import io.newsdesk.web.readers.ReaderSite;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Changing state through the Miniflux API, each change checked through Newsdesk's own API. Every
 * test works on entries or feeds of its own, so they share one server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinifluxWritingTest {

    private ReaderSite reader;
    private List<Long> blog;
    private List<Long> code;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        reader = ReaderSite.start(dataDir);
        blog = reader.entryIds(reader.blog);
        code = reader.entryIds(reader.code);
    }

    @AfterAll
    void stop() {
        reader.close();
    }

    @Test
    void marksEntriesReadAndUnreadWithTheBodyNewsboatSends() {
        // newsboat 2.21 sends the JSON with curl's default form content type.
        HttpResponse<String> read = put("/v1/entries", "application/x-www-form-urlencoded",
                "{\"entry_ids\":[" + blog.get(0) + "," + blog.get(1) + "],\"status\":\"read\"}");

        assertThat(read.statusCode()).isEqualTo(204);
        assertThat(read.body()).isEmpty();
        assertThat(reader.entry(blog.get(0)).get("status").asText()).isEqualTo("read");
        assertThat(reader.entry(blog.get(1)).get("status").asText()).isEqualTo("read");

        assertThat(put("/v1/entries", "application/json", "{\"entry_ids\":[" + blog.get(1) + "],\"status\":\"unread\"}")
                .statusCode()).isEqualTo(204);
        assertThat(reader.entry(blog.get(1)).get("status").asText()).isEqualTo("unread");
        assertThat(put("/v1/entries", null, "{\"entry_ids\":[" + blog.get(0) + "],\"status\":\"unread\"}")
                .statusCode()).isEqualTo(204);
        assertThat(reader.entry(blog.get(0)).get("status").asText()).isEqualTo("unread");
    }

    @Test
    void starsThroughTheBookmarkToggleAndTheEntriesUpdate() {
        long id = blog.get(5);

        assertThat(put("/v1/entries/" + id + "/bookmark", null, "").statusCode()).isEqualTo(204);
        assertThat(reader.entry(id).get("starred").asBoolean()).isTrue();
        assertThat(put("/v1/entries/" + id + "/bookmark", null, "").statusCode()).isEqualTo(204);
        assertThat(reader.entry(id).get("starred").asBoolean()).isFalse();
        assertThat(put("/v1/entries", "application/json", "{\"entry_ids\":[" + id + "],\"starred\":true}")
                .statusCode()).isEqualTo(204);
        assertThat(reader.entry(id).get("starred").asBoolean()).isTrue();
        assertThat(reader.entry(id).get("status").asText()).isEqualTo("unread");
        assertThat(get("/v1/entries/" + id).get("starred").asBoolean()).isTrue();
    }

    @Test
    void readStateChangedInNewsdeskShowsInMiniflux() {
        long id = code.get(3);
        reader.server.sendJson("PATCH", "/api/v1/entries/" + id, "{\"read\": true}");

        assertThat(get("/v1/entries/" + id).get("status").asText()).isEqualTo("read");
        assertThat(get("/v1/feeds/counters").get("reads").get(Long.toString(reader.code)).asInt()).isPositive();
    }

    @Test
    void subscribesUnderACategoryAndUnsubscribes() {
        reader.site.put("/more.xml", "application/rss+xml", SharedCorpora.read(SharedCorpora.feedFixture("small_atom.xml")));
        long category = get("/v1/categories").get(0).get("id").asLong();

        HttpResponse<String> created = put("POST", "/v1/feeds", "application/json",
                "{\"feed_url\": \"" + reader.site.url("/more.xml") + "\", \"category_id\": " + category
                        + ", \"crawler\": false}");

        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        long feedId = RunningServer.json(created).get("feed_id").asLong();
        assertThat(get("/v1/feeds/" + feedId).get("category").get("id").asLong()).isEqualTo(category);
        assertError(put("POST", "/v1/feeds", "application/json",
                "{\"feed_url\": \"" + reader.site.url("/more.xml") + "\"}"), 400,
                "already subscribed to " + reader.site.url("/more.xml") + " (feed " + feedId + ")");
        assertThat(put("PUT", "/v1/feeds/" + feedId + "/refresh", null, "").statusCode()).isEqualTo(204);
        assertThat(reader.server.send("DELETE", "/v1/feeds/" + feedId, null, null).statusCode()).isEqualTo(204);
        assertError(reader.server.get("/v1/feeds/" + feedId), 404, "no feed " + feedId);
        assertError(reader.server.send("DELETE", "/v1/feeds/" + feedId, null, null), 404, "no feed " + feedId);
    }

    @Test
    void subscribesWithoutACategoryAndRefusesOthers() {
        reader.site.put("/loose.xml", "application/rss+xml", SharedCorpora.read(SharedCorpora.feedFixture("small_atom.xml")));

        HttpResponse<String> refused = put("POST", "/v1/feeds", "application/json",
                "{\"feed_url\": \"" + reader.site.url("/loose.xml") + "\", \"category_id\": 424242}");
        HttpResponse<String> created = put("POST", "/v1/feeds", "application/json",
                "{\"feed_url\": \"" + reader.site.url("/loose.xml") + "\", \"category_id\": 0}");

        assertError(refused, 400, "field 'category_id': no category 424242");
        assertThat(created.statusCode()).isEqualTo(201);
        long feedId = RunningServer.json(created).get("feed_id").asLong();
        assertThat(get("/v1/feeds/" + feedId).get("category").get("id").asLong()).isZero();
        assertError(put("POST", "/v1/feeds", "application/json",
                "{\"feed_url\": \"" + reader.site.url(FixtureSite.PLAIN_PAGE) + "\"}"), 502,
                RunningServer.json(reader.server.sendJson("POST", "/api/v1/feeds",
                        "{\"url\": \"" + reader.site.url(FixtureSite.PLAIN_PAGE) + "\"}")).get("error").asText());
    }

    private JsonNode get(String path) {
        HttpResponse<String> response = reader.server.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return RunningServer.json(response);
    }

    private HttpResponse<String> put(String path, String contentType, String body) {
        return put("PUT", path, contentType, body);
    }

    private HttpResponse<String> put(String method, String path, String contentType, String body) {
        return reader.server.send(method, path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }
}
