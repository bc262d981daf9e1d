package io.newsdesk.web.api;

import static io.newsdesk.web.api.ApiErrorsTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.FixtureSite;
import io.newsdesk.web.RunningServer;
import io.newsdesk.web.SharedCorpora;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportApiTest {

    @TempDir
    Path dataDir;

    private RunningServer running;

    @BeforeEach
    void start() {
        running = RunningServer.start(dataDir);
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void importsAggregatorTeaserText() {
        JsonNode imported = running.importTeaser();
        assertThat(imported.get("kind").asText()).isEqualTo("text");
        assertThat(imported.get("feed_id").asLong()).isPositive();
        assertThat(imported.get("inserted").asInt()).isEqualTo(1);
        assertThat(imported.get("entries")).hasSize(1);
        JsonNode entry = imported.get("entries").get(0);
        assertThat(entry.get("title").asText()).isEqualTo("Russian and North Korean defense chiefs hold historic talks");
        assertThat(entry.get("count").asInt()).isEqualTo(28);
        assertThat(entry.get("published_precision").asText()).isEqualTo("month");
        assertThat(entry.get("teaser").asBoolean()).isTrue();
        assertThat(entry.get("status").asText()).isEqualTo("unread");

        JsonNode again = running.importTeaser();
        assertThat(again.get("inserted").asInt()).as("the same document twice is one entry").isZero();
        assertThat(again.get("entries").get(0).get("id")).isEqualTo(entry.get("id"));
    }

    @Test
    void importsAFeedDocumentIntoALocalFeed() {
        byte[] atom = SharedCorpora.read(SharedCorpora.feedFixture("small_atom.xml"));
        HttpResponse<String> response = running.send("POST", "/api/v1/import", "application/atom+xml", atom);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode imported = RunningServer.json(response);
        assertThat(imported.get("kind").asText()).isEqualTo("feed");
        assertThat(imported.get("entries")).hasSize(FixtureSite.ATOM_ENTRIES);
        JsonNode feed = RunningServer.json(running.get("/api/v1/feeds/" + imported.get("feed_id").asLong()));
        assertThat(feed.get("local").asBoolean()).isTrue();
        assertThat(feed.get("status").get("state").asText()).isEqualTo("local");
    }

    @Test
    void importsAnArticlePageWithItsUrl() {
        String page = """
                <!DOCTYPE html><html lang="en"><head><title>Harbour reopens | Harbour Times</title>
                <meta property="og:site_name" content="Harbour Times"></head>
                <body><article><h1>Harbour reopens after storm repairs</h1>
                <p>The harbour reopened on Monday after three weeks of repairs to the sea wall, the port authority said.</p>
                <p>Fishing boats were the first to return, followed by the ferry to the islands in the afternoon.</p>
                <p>Repairs cost less than expected, and the remaining work on the pier will finish by spring.</p>
                </article></body></html>
                """;
        HttpResponse<String> response = running.send("POST", "/api/v1/import?url=https://harbour.example/news/reopens",
                "text/html; charset=utf-8", page.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode imported = RunningServer.json(response);
        assertThat(imported.get("kind").asText()).isEqualTo("html");
        assertThat(imported.get("entries").get(0).get("link").asText()).isEqualTo("https://harbour.example/news/reopens");
    }

    @Test
    void refusesWhatIsNoDocumentItCanImport() {
        assertError(running.send("POST", "/api/v1/import", "application/octet-stream", new byte[] {0, 1, 2, 3, (byte) 0xff}),
                400, "");
        assertError(running.send("POST", "/api/v1/import", null, new byte[0]), 400, "the request body is empty");
        assertError(running.send("POST", "/api/v1/import?url=javascript:alert(1)", "text/plain", "x".getBytes()),
                400, "query parameter 'url' must be an absolute http or https URL");
    }

    @Test
    void reindexingIsAccepted() {
        running.importTeaser();
        HttpResponse<String> response = running.post("/api/v1/reindex");
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(RunningServer.json(response).get("status").asText()).isIn("started", "already_running");
    }
}
