package io.newsdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.FixtureSite;
import io.newsdesk.web.RunningServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntriesApiTest {

    private static final int ALL = FixtureSite.RSS_ENTRIES + FixtureSite.ATOM_ENTRIES;

    @TempDir
    Path dataDir;

    private FixtureSite site;
    private RunningServer running;
    private long rss;
    private long atom;

    @BeforeEach
    void start() throws IOException {
        site = FixtureSite.start();
        running = RunningServer.start(dataDir);
        rss = running.subscribe(site.url(FixtureSite.RSS));
        atom = running.subscribe(site.url(FixtureSite.ATOM));
    }

    @AfterEach
    void stop() {
        running.close();
        site.close();
    }

    @Test
    void listsAllEntriesNewestFirstWithTheDefaultPageSize() {
        JsonNode page = RunningServer.json(running.get("/api/v1/entries"));
        assertThat(page.get("total").asInt()).isEqualTo(ALL);
        assertThat(page.get("entries")).hasSize(ALL);
        List<String> published = RunningServer.json(running.get("/api/v1/entries?feed=" + rss))
                .get("entries").findValuesAsText("published");
        assertThat(published).hasSize(FixtureSite.RSS_ENTRIES).isSortedAccordingTo((a, b) -> b.compareTo(a));
        JsonNode first = page.get("entries").get(0);
        assertThat(first.get("status").asText()).isEqualTo("unread");
        assertThat(first.get("starred").asBoolean()).isFalse();
        assertThat(first.has("feed_id")).isTrue();
    }

    @Test
    void pagesWithLimitAndOffset() {
        JsonNode first = RunningServer.json(running.get("/api/v1/entries?limit=10"));
        JsonNode third = RunningServer.json(running.get("/api/v1/entries?limit=10&offset=20"));
        assertThat(first.get("total").asInt()).isEqualTo(ALL);
        assertThat(first.get("entries")).hasSize(10);
        assertThat(third.get("entries")).hasSize(10);
        assertThat(first.get("entries").findValuesAsText("id"))
                .doesNotContainAnyElementsOf(third.get("entries").findValuesAsText("id"));
        assertThat(RunningServer.json(running.get("/api/v1/entries?offset=100")).get("entries")).isEmpty();
    }

    @Test
    void filtersByFeed() {
        JsonNode page = RunningServer.json(running.get("/api/v1/entries?feed=" + atom));
        assertThat(page.get("total").asInt()).isEqualTo(FixtureSite.ATOM_ENTRIES);
        assertThat(page.get("entries").findValuesAsText("feed_id")).containsOnly(Long.toString(atom));
    }

    @Test
    void changesReadAndStarredStateAndFiltersByIt() {
        long id = firstEntryId(rss);
        HttpResponse<String> patched = running.sendJson("PATCH", "/api/v1/entries/" + id, "{\"read\": true, \"starred\": true}");
        assertThat(patched.statusCode()).isEqualTo(200);
        JsonNode entry = RunningServer.json(patched);
        assertThat(entry.get("status").asText()).isEqualTo("read");
        assertThat(entry.get("starred").asBoolean()).isTrue();

        assertThat(RunningServer.json(running.get("/api/v1/entries?status=read")).get("entries").findValuesAsText("id"))
                .containsExactly(Long.toString(id));
        assertThat(RunningServer.json(running.get("/api/v1/entries?status=unread")).get("total").asInt()).isEqualTo(ALL - 1);
        assertThat(RunningServer.json(running.get("/api/v1/entries?starred=true")).get("entries").findValuesAsText("id"))
                .containsExactly(Long.toString(id));
        assertThat(RunningServer.json(running.get("/api/v1/entries?starred=false")).get("total").asInt()).isEqualTo(ALL - 1);

        JsonNode unstarred = RunningServer.json(running.sendJson("PATCH", "/api/v1/entries/" + id, "{\"starred\": false}"));
        assertThat(unstarred.get("starred").asBoolean()).isFalse();
        assertThat(unstarred.get("status").asText()).as("left as it was").isEqualTo("read");
    }

    @Test
    void getsOneEntryInTheSharedShape() {
        long id = firstEntryId(rss);
        JsonNode entry = RunningServer.json(running.get("/api/v1/entries/" + id));
        assertThat(entry.get("id").asLong()).isEqualTo(id);
        assertThat(entry.get("feed_id").asLong()).isEqualTo(rss);
        assertThat(entry.get("feed_title").asText()).isEqualTo("Artificial truth");
        assertThat(entry.get("link").asText()).startsWith("https://dustri.org/b/");
        assertThat(entry.fieldNames()).toIterable().contains("guid", "title", "published", "published_precision",
                "authors", "summary", "content", "dek", "categories", "enclosures", "source", "teaser", "count",
                "language", "image_url", "created_at", "changed_at");
    }

    @Test
    void marksSeveralEntriesAtOnce() {
        List<Long> ids = new ArrayList<>();
        RunningServer.json(running.get("/api/v1/entries?feed=" + atom)).get("entries")
                .forEach(entry -> ids.add(entry.get("id").asLong()));
        JsonNode read = RunningServer.json(running.sendJson("PUT", "/api/v1/entries/read",
                "{\"entry_ids\": " + ids + ", \"read\": true}"));
        assertThat(read.get("updated").asInt()).isEqualTo(FixtureSite.ATOM_ENTRIES);
        assertThat(RunningServer.json(running.get("/api/v1/feeds/" + atom)).get("unread").asInt()).isZero();

        JsonNode unread = RunningServer.json(running.sendJson("PUT", "/api/v1/entries/read",
                "{\"entry_ids\": [" + ids.getFirst() + ", 987654], \"read\": false}"));
        assertThat(unread.get("updated").asInt()).as("ids that are not the user's are ignored").isEqualTo(1);
    }

    @Test
    void filtersByTextOnceIndexed() {
        running.syncIndex();
        JsonNode page = RunningServer.json(running.get("/api/v1/entries?q=podcast"));
        assertThat(page.get("total").asInt()).isPositive();
        assertThat(page.get("entries").findValuesAsText("feed_id")).containsOnly(Long.toString(atom));
    }

    private long firstEntryId(long feedId) {
        return RunningServer.json(running.get("/api/v1/entries?limit=1&feed=" + feedId)).get("entries").get(0).get("id").asLong();
    }
}
