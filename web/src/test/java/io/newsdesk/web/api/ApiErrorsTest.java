package io.newsdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.RunningServer;
import io.newsdesk.web.WebSettings;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input to the API is answered with the right status and a JSON message that names the problem. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiErrorsTest {

    private RunningServer running;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        running = RunningServer.start(dataDir);
    }

    @AfterAll
    void stop() {
        running.close();
    }

    @Test
    void malformedJsonIs400() {
        assertError(running.sendJson("POST", "/api/v1/feeds", "{\"url\": "), 400, "invalid JSON: ");
    }

    @Test
    void unknownFieldsAre400NamingTheField() {
        assertError(running.sendJson("PATCH", "/api/v1/entries/1", "{\"red\": true}"), 400,
                "unknown field 'red'; this request takes read, starred");
    }

    @Test
    void wrongTypesAre400NamingTheField() {
        assertError(running.sendJson("PATCH", "/api/v1/entries/1", "{\"read\": \"yes\"}"), 400,
                "field 'read' must be true or false");
        assertError(running.sendJson("POST", "/api/v1/feeds", "{\"url\": 7}"), 400, "field 'url' must be a string");
        assertError(running.sendJson("PUT", "/api/v1/entries/read", "{\"entry_ids\": [\"a\"], \"read\": true}"), 400,
                "field 'entry_ids' must be an array of positive whole numbers; item 0 is a string");
        assertError(running.sendJson("PUT", "/api/v1/entries/read", "{\"entry_ids\": [1]}"), 400, "field 'read' is required");
    }

    @Test
    void aJsonArrayInsteadOfAnObjectIs400() {
        assertError(running.sendJson("POST", "/api/v1/feeds", "[]"), 400, "the request body must be a JSON object");
    }

    @Test
    void aBodyDeclaredAsAnotherTypeIs415() {
        HttpResponse<String> response = running.send("POST", "/api/v1/feeds", "text/plain",
                "{\"url\": \"https://example.com/\"}".getBytes(StandardCharsets.UTF_8));
        assertError(response, 415, "send the body as JSON with Content-Type: application/json (got text/plain)");
    }

    @Test
    void unknownIdsAre404Json() {
        assertError(running.get("/api/v1/entries/123456"), 404, "no entry 123456");
        assertError(running.get("/api/v1/feeds/123456"), 404, "no feed 123456");
        assertError(running.send("DELETE", "/api/v1/feeds/123456", null, null), 404, "no feed 123456");
        assertError(running.sendJson("PATCH", "/api/v1/entries/123456", "{\"read\": true}"), 404, "no entry 123456");
        assertError(running.post("/api/v1/feeds/123456/refresh"), 404, "no feed 123456");
        assertError(running.post("/api/v1/feeds/123456/mark-read"), 404, "no feed 123456");
        assertError(running.get("/api/v1/entries?feed=123456"), 404, "no feed 123456");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "abc", "1.0", "99999999999999999999", "9223372036854775808"})
    void badIdsAre400(String id) {
        assertError(running.get("/api/v1/entries/" + id), 400, "path parameter 'id' must be a positive whole number");
        assertError(running.get("/api/v1/feeds/" + id), 400, "path parameter 'id' must be a positive whole number");
        assertError(running.get("/api/v1/entries?feed=" + id), 400, "query parameter 'feed' must be a positive whole number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "501", "many", "2147483648", "99999999999999999999"})
    void badLimitsAre400(String limit) {
        assertError(running.get("/api/v1/entries?limit=" + limit), 400,
                "query parameter 'limit' must be a whole number from 1 to 500, got '" + limit + "'");
        assertError(running.get("/api/v1/search?q=x&limit=" + limit), 400, "query parameter 'limit'");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "x", "2147483648"})
    void badOffsetsAre400(String offset) {
        assertError(running.get("/api/v1/entries?offset=" + offset), 400,
                "query parameter 'offset' must be a whole number 0 or more");
    }

    @Test
    void badFiltersAre400() {
        assertError(running.get("/api/v1/entries?status=new"), 400,
                "query parameter 'status' must be all, read or unread, got 'new'");
        assertError(running.get("/api/v1/entries?starred=maybe"), 400, "query parameter 'starred' must be true or false");
    }

    @Test
    void oversizedJsonIs413() {
        String padding = "x".repeat((int) WebSettings.DEFAULT_MAX_BODY_BYTES);
        HttpResponse<String> response = running.sendJson("POST", "/api/v1/feeds", "{\"url\": \"" + padding + "\"}");
        assertError(response, 413, "request body too large: at most 1 MiB is accepted here");
    }

    @Test
    void aJsonBodyJustUnderTheLimitIsRead() {
        String padding = " ".repeat((int) WebSettings.DEFAULT_MAX_BODY_BYTES - 100);
        HttpResponse<String> response = running.sendJson("PATCH", "/api/v1/entries/1", "{" + padding + "\"read\": true}");
        assertError(response, 404, "no entry 1");
    }

    @Test
    void noErrorCarriesAStackTrace() {
        HttpResponse<String> response = running.sendJson("POST", "/api/v1/feeds", "{\"url\": {\"nested\": [1, 2]}}");
        assertThat(response.body()).doesNotContain("Exception", "\tat ", "io.newsdesk");
    }

    static void assertError(HttpResponse<String> response, int status, String messageStart) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        JsonNode body = RunningServer.json(response);
        assertThat(body.get("status").asInt()).isEqualTo(status);
        assertThat(body.get("error").asText()).startsWith(messageStart);
    }
}
