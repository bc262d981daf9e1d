package io.newsdesk.web.api;

import static io.newsdesk.web.api.ApiErrorsTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.FixtureSite;
import io.newsdesk.web.RunningServer;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchApiTest {

    private FixtureSite site;
    private RunningServer running;
    private long rss;
    private long atom;

    @BeforeAll
    void start(@TempDir Path dataDir) throws IOException {
        site = FixtureSite.start();
        running = RunningServer.start(dataDir);
        rss = running.subscribe(site.url(FixtureSite.RSS));
        atom = running.subscribe(site.url(FixtureSite.ATOM));
        running.syncIndex();
    }

    @AfterAll
    void stop() {
        running.close();
        site.close();
    }

    @Test
    void findsEntriesWithHighlightedTitles() {
        JsonNode found = RunningServer.json(running.get("/api/v1/search?q=podcast"));
        assertThat(found.get("total").asInt()).isEqualTo(1);
        JsonNode result = found.get("results").get(0);
        assertThat(result.get("entry").get("feed_id").asLong()).isEqualTo(atom);
        assertThat(result.get("title_html").asText()).contains("<mark>").containsIgnoringCase("podcast");
        assertThat(result.has("snippet_html")).isTrue();
    }

    @Test
    void pagesResults() {
        JsonNode all = RunningServer.json(running.get("/api/v1/search?q=the&limit=100"));
        JsonNode second = RunningServer.json(running.get("/api/v1/search?q=the&limit=2&offset=2"));
        assertThat(all.get("total").asInt()).isGreaterThan(4);
        assertThat(second.get("total").asInt()).isEqualTo(all.get("total").asInt());
        assertThat(second.get("results")).hasSize(2);
        assertThat(second.get("results").get(0).get("entry").get("id"))
                .isEqualTo(all.get("results").get(2).get("entry").get("id"));
    }

    @Test
    void searchesOneFeed() {
        JsonNode found = RunningServer.json(running.get("/api/v1/search?q=podcast&feed=" + rss));
        assertThat(found.get("total").asInt()).isZero();
        assertThat(found.get("results")).isEmpty();
    }

    @Test
    void aQueryIsRequired() {
        assertError(running.get("/api/v1/search"), 400, "query parameter 'q' is required");
        assertError(running.get("/api/v1/search?q=%20%20"), 400, "query parameter 'q' is required");
    }

    @Test
    void anUnknownFeedIs404() {
        assertError(running.get("/api/v1/search?q=x&feed=424242"), 404, "no feed 424242");
    }
}
