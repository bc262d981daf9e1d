package io.newsdesk.web.readers.miniflux;

import static io.newsdesk.web.readers.miniflux.MinifluxReadingTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.web.RunningServer;
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
 * Malformed requests to the Miniflux API: each is answered 4xx in Miniflux's error shape with a
 * message that says what is wrong, no stack trace, and no state changes (checked at the end).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinifluxBadInputTest {

    private ReaderSite reader;
    private long entry;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        reader = ReaderSite.start(dataDir);
        entry = reader.entryIds(reader.blog).getFirst();
    }

    @AfterAll
    void nothingChanged() {
        try {
            assertThat(reader.unread()).isEqualTo(ReaderSite.ALL_ENTRIES);
            assertThat(RunningServer.json(reader.server.get("/api/v1/entries?starred=true")).get("total").asLong())
                    .isZero();
            assertThat(RunningServer.json(reader.server.get("/api/v1/feeds")).get("total").asLong()).isEqualTo(2);
        } finally {
            reader.close();
        }
    }

    @Test
    void refusesIdsThatAreNegativeZeroOverflowingOrNotNumbers() {
        String range = "path parameter 'id' must be a whole number from 1 to 2147483647, got ";
        assertError(reader.server.get("/v1/entries/-1"), 400, range + "'-1'");
        assertError(reader.server.get("/v1/entries/0"), 400, range + "'0'");
        assertError(reader.server.get("/v1/entries/2147483648"), 400, range + "'2147483648'");
        assertError(reader.server.get("/v1/feeds/99999999999999999999999"), 400, range + "'99999999999999999999999'");
        assertError(reader.server.get("/v1/feeds/abc"), 400, range + "'abc'");
        assertError(send("PUT", "/v1/entries/abc/bookmark", ""), 400, range + "'abc'");
        assertError(send("DELETE", "/v1/feeds/-3", ""), 400, range + "'-3'");
        assertError(reader.server.get("/v1/categories/-1/entries"), 400,
                "path parameter 'id' must be a whole number from 0 to 2147483647, got '-1'");
    }

    @Test
    void refusesBadStateChanges() {
        assertError(send("PUT", "/v1/entries", ""), 400, "the request body is empty: send a JSON object");
        assertError(send("PUT", "/v1/entries", "{\"entry_ids\": [1,"), 400,
                "invalid JSON: Unexpected end-of-input within/between Array entries");
        assertError(send("PUT", "/v1/entries", "[1, 2]"), 400, "the request body must be a JSON object");
        assertError(send("PUT", "/v1/entries", "{\"status\": \"read\"}"), 400, "field 'entry_ids' is required");
        assertError(send("PUT", "/v1/entries", "{\"entry_ids\": [], \"status\": \"read\"}"), 400,
                "field 'entry_ids' must not be empty");
        assertError(send("PUT", "/v1/entries", "{\"entry_ids\": \"" + entry + "\", \"status\": \"read\"}"), 400,
                "field 'entry_ids' must be an array of ids");
        assertError(send("PUT", "/v1/entries", "{\"entry_ids\": [-1], \"status\": \"read\"}"), 400,
                "field 'entry_ids' item '0' must be a whole number from 1 to 2147483647, got '-1'");
        assertError(send("PUT", "/v1/entries", "{\"entry_ids\": [" + entry + ", 4294967296], \"status\": \"read\"}"),
                400, "field 'entry_ids' item '1' must be a whole number from 1 to 2147483647, got '4294967296'");
        assertError(send("PUT", "/v1/entries", "{\"entry_ids\": [1.5], \"status\": \"read\"}"), 400,
                "field 'entry_ids' item '0' must be a whole number from 1 to 2147483647");
        assertError(send("PUT", "/v1/entries", "{\"entry_ids\": [" + entry + "], \"status\": \"maybe\"}"), 400,
                "field 'status' must be \"read\" or \"unread\", got 'maybe'");
        assertError(send("PUT", "/v1/entries", "{\"entry_ids\": [" + entry + "]}"), 400,
                "either the status or the starred field must be specified");
        assertError(send("PUT", "/v1/entries", "{\"entry_ids\": [" + entry + "], \"starred\": \"yes\"}"), 400,
                "field 'starred' must be true or false");
        assertError(send("PUT", "/v1/entries", "{\"entry_ids\": [" + entry + "], \"status\": \"read\", "
                + "\"status\": \"unread\"}"), 400, "invalid JSON: Duplicate field 'status'");
        assertError(send("POST", "/v1/feeds", "{\"category_id\": 1}"), 400, "field 'feed_url' is required");
        assertError(send("POST", "/v1/feeds", "{\"feed_url\": 42}"), 400, "field 'feed_url' must be a string");
        assertError(send("POST", "/v1/feeds", "{\"feed_url\": \"https://x.example/\", \"category_id\": -1}"), 400,
                "field 'category_id' must be a whole number from 0 to 2147483647, got '-1'");
    }

    @Test
    void refusesOversizedBodiesBeforeReadingThem() {
        byte[] huge = ("{\"entry_ids\": [" + entry + "], \"status\": \"read\", \"padding\": \""
                + "x".repeat(2 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = reader.server.send("PUT", "/v1/entries", "application/json", huge);

        assertError(response, 413, "request body too large: at most 1 MiB is accepted here");
    }

    @Test
    void refusesQueriesItCannotAnswerRightly() {
        for (List<String> bad : List.of(
                List.of("status=maybe", "query parameter 'status' must be \"read\" or \"unread\", got 'maybe'"),
                List.of("order=random", "query parameter 'order' must be author, category_id, category_title, "
                        + "changed_at, created_at, id, published_at, status or title, got 'random'"),
                List.of("direction=sideways", "query parameter 'direction' must be asc or desc, got 'sideways'"),
                List.of("limit=0", "query parameter 'limit' must be a whole number from 1 to 1000, got '0'"),
                List.of("limit=1001", "query parameter 'limit' must be a whole number from 1 to 1000, got '1001'"),
                List.of("limit=ten", "query parameter 'limit' must be a whole number from 1 to 1000, got 'ten'"),
                List.of("offset=-1", "query parameter 'offset' must be a whole number from 0 to 2147483647, got '-1'"),
                List.of("starred=maybe", "query parameter 'starred' must be true or false, got 'maybe'"),
                List.of("after=yesterday", "query parameter 'after' (Unix seconds) must be a whole number from 1 to "
                        + "31556889864403199, got 'yesterday'"),
                List.of("feed_id=1&category_id=1", "give query parameter 'feed_id' or 'category_id', not both"),
                List.of("feed_id=-5", "query parameter 'feed_id' must be a whole number from 1 to 2147483647, got '-5'"),
                List.of("tags=news", "query parameter 'tags' is not supported: Newsdesk does not tag entries"))) {
            assertError(reader.server.get("/v1/entries?" + bad.get(0)), 400, bad.get(1));
        }
        assertError(reader.server.get("/v1/entries?feed_id=424242"), 404, "no feed 424242");
    }

    @Test
    void answersUnknownEndpointsAndMethodsInMinifluxsShape() {
        assertError(reader.server.get("/v1/users/1"), 404, "no such endpoint: GET /v1/users/1");
        HttpResponse<String> wrongMethod = send("PATCH", "/v1/feeds", "{}");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(RunningServer.json(wrongMethod).get("error_message").asText()).startsWith("method PATCH is not allowed");
    }

    private HttpResponse<String> send(String method, String path, String body) {
        return reader.server.send(method, path, "application/json", body.getBytes(StandardCharsets.UTF_8));
    }
}
