package io.newsdesk.web.readers.miniflux;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.RunningServer;
import io.newsdesk.web.readers.ReaderSite;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Reading through the Miniflux API as its clients do; nothing here changes state. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MinifluxReadingTest {

    private ReaderSite reader;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        reader = ReaderSite.start(dataDir);
    }

    @AfterAll
    void stop() {
        reader.close();
    }

    @Test
    void describesTheUser() {
        JsonNode me = json("/v1/me");

        assertThat(me.get("id").asLong()).isEqualTo(1);
        assertThat(me.get("username").asText()).isNotBlank();
        assertThat(me.get("is_admin").isBoolean()).isTrue();
        assertThat(me.get("timezone").asText()).isEqualTo("UTC");
        assertThat(me.get("last_login_at").isNull()).isTrue();
    }

    @Test
    void listsCategoriesWithTheUncategorizedOneAsIdZero() {
        JsonNode categories = json("/v1/categories");
        JsonNode counted = json("/v1/categories?counts=true");

        assertThat(categories.findValuesAsText("title")).containsExactly(ReaderSite.CATEGORY, "Uncategorized");
        assertThat(categories.get(1).get("id").asLong()).isZero();
        assertThat(categories.get(0).get("id").asLong()).isPositive();
        assertThat(categories.get(0).get("user_id").asLong()).isEqualTo(1);
        assertThat(categories.get(0).has("feed_count")).isFalse();
        assertThat(counted.get(0).get("feed_count").asInt()).isEqualTo(1);
        assertThat(counted.get(0).get("total_unread").asInt()).isEqualTo(ReaderSite.CODE_ENTRIES);
        assertThat(counted.get(1).get("total_unread").asInt()).isEqualTo(ReaderSite.BLOG_ENTRIES);
    }

    @Test
    void listsFeedsWithMinifluxFieldsAndTheirCategory() {
        JsonNode feeds = json("/v1/feeds");
        JsonNode code = json("/v1/feeds/" + reader.code);

        assertThat(feeds).hasSize(2);
        assertThat(ids(feeds)).containsExactlyInAnyOrder(reader.blog, reader.code);
        assertThat(code.get("feed_url").asText()).endsWith("/feeds/atom.xml");
        assertThat(code.get("site_url").asText()).startsWith("https://");
        assertThat(code.get("title").asText()).isEqualTo("Recent Commits to v2:main");
        assertThat(code.get("category").get("title").asText()).isEqualTo(ReaderSite.CATEGORY);
        assertThat(code.get("parsing_error_count").asInt()).isZero();
        assertThat(code.get("disabled").asBoolean()).isFalse();
        assertThat(OffsetDateTime.parse(code.get("checked_at").asText())).isNotNull();
        assertThat(code.get("icon").isNull()).isTrue();
        for (String field : List.of("user_id", "etag_header", "last_modified_header", "parsing_error_message",
                "scraper_rules", "rewrite_rules", "crawler", "user_agent", "hide_globally", "next_check_at")) {
            assertThat(code.has(field)).as(field).isTrue();
        }
        JsonNode blog = json("/v1/feeds/" + reader.blog);
        assertThat(blog.get("category").get("id").asLong()).isZero();
    }

    @Test
    void countsReadAndUnreadPerFeed() {
        JsonNode counters = json("/v1/feeds/counters");

        assertThat(counters.get("unreads").get(Long.toString(reader.code)).asInt()).isEqualTo(ReaderSite.CODE_ENTRIES);
        assertThat(counters.get("reads").get(Long.toString(reader.code)).asInt()).isZero();
        assertThat(counters.get("unreads").get(Long.toString(reader.blog)).asInt()).isEqualTo(ReaderSite.BLOG_ENTRIES);
    }

    @Test
    void answersNewsboatsFeedListingNewestFirstWithRfc3339Times() {
        JsonNode page = json("/v1/feeds/" + reader.blog + "/entries?order=published_at&direction=desc&limit=5");

        assertThat(page.get("total").asLong()).isEqualTo(ReaderSite.BLOG_ENTRIES);
        JsonNode entries = page.get("entries");
        assertThat(entries).hasSize(5);
        List<OffsetDateTime> published = new ArrayList<>();
        entries.forEach(entry -> published.add(OffsetDateTime.parse(entry.get("published_at").asText())));
        assertThat(published).isSortedAccordingTo((a, b) -> b.compareTo(a));
        JsonNode first = entries.get(0);
        assertThat(first.get("id").asLong()).isBetween(1L, (long) Integer.MAX_VALUE);
        assertThat(first.get("feed_id").asLong()).isEqualTo(reader.blog);
        assertThat(first.get("status").asText()).isEqualTo("unread");
        assertThat(first.get("starred").asBoolean()).isFalse();
        assertThat(first.get("url").asText()).startsWith("https://dustri.org/");
        assertThat(first.get("content").asText()).contains("<p>");
        assertThat(first.get("hash").asText()).hasSize(64);
        assertThat(first.get("reading_time").asInt()).isPositive();
        assertThat(first.get("enclosures").isArray()).isTrue();
        assertThat(first.get("tags").isArray()).isTrue();
        assertThat(first.get("feed").get("id").asLong()).isEqualTo(reader.blog);
        assertThat(OffsetDateTime.parse(first.get("created_at").asText())).isNotNull();
    }

    @Test
    void listsOldestFirstByDefaultAsMinifluxDoes() {
        JsonNode ascending = json("/v1/feeds/" + reader.blog + "/entries?limit=3").get("entries");
        JsonNode descending = json("/v1/feeds/" + reader.blog + "/entries?direction=desc&limit=100").get("entries");

        assertThat(ascending.get(0).get("id")).isEqualTo(descending.get(descending.size() - 1).get("id"));
    }

    @Test
    void pagesWithLimitAndOffsetWithoutOverlap() {
        List<String> seen = new ArrayList<>();
        for (int offset = 0; offset < ReaderSite.ALL_ENTRIES; offset += 10) {
            seen.addAll(json("/v1/entries?order=id&limit=10&offset=" + offset).get("entries").findValuesAsText("hash"));
        }
        assertThat(seen).hasSize(ReaderSite.ALL_ENTRIES).doesNotHaveDuplicates();
    }

    @Test
    void filtersByCategoryStatusStarsFeedAndIds() {
        long code = json("/v1/categories").get(0).get("id").asLong();
        List<Long> blogIds = reader.entryIds(reader.blog).stream().sorted(Comparator.reverseOrder()).toList();

        assertThat(json("/v1/categories/" + code + "/entries").get("total").asLong()).isEqualTo(ReaderSite.CODE_ENTRIES);
        assertThat(json("/v1/categories/0/entries").get("total").asLong()).isEqualTo(ReaderSite.BLOG_ENTRIES);
        assertThat(json("/v1/entries?category_id=" + code).get("total").asLong()).isEqualTo(ReaderSite.CODE_ENTRIES);
        assertThat(json("/v1/entries?feed_id=" + reader.blog).get("total").asLong()).isEqualTo(ReaderSite.BLOG_ENTRIES);
        assertThat(json("/v1/entries?status=unread").get("total").asLong()).isEqualTo(ReaderSite.ALL_ENTRIES);
        assertThat(json("/v1/entries?status=read").get("total").asLong()).isZero();
        assertThat(json("/v1/entries?status=read&status=unread").get("total").asLong()).isEqualTo(ReaderSite.ALL_ENTRIES);
        assertThat(json("/v1/entries?starred=true").get("total").asLong()).isZero();
        assertThat(json("/v1/entries?starred=false").get("total").asLong()).isEqualTo(ReaderSite.ALL_ENTRIES);
        assertThat(ids(json("/v1/entries?after_entry_id=" + blogIds.get(1) + "&feed_id=" + reader.blog + "&order=id")
                .get("entries"))).containsExactly(blogIds.getFirst());
        assertThat(json("/v1/entries?published_after=" + Long.MAX_VALUE / 1_000_000_000L).get("total").asLong()).isZero();
    }

    @Test
    void readsOneEntryWithItsFeed() {
        long id = reader.entryIds(reader.code).getFirst();

        JsonNode entry = json("/v1/entries/" + id);

        assertThat(entry.get("id").asLong()).isEqualTo(id);
        assertThat(entry.get("feed").get("category").get("title").asText()).isEqualTo(ReaderSite.CATEGORY);
    }

    @Test
    void answersMissingThingsInMinifluxsErrorShape() {
        assertError(reader.server.get("/v1/feeds/424242"), 404, "no feed 424242");
        assertError(reader.server.get("/v1/entries/424242"), 404, "no entry 424242");
        assertError(reader.server.get("/v1/categories/424242/entries"), 404, "no category 424242");
        assertError(reader.server.get("/v1/feeds/424242/entries"), 404, "no feed 424242");
        assertError(reader.server.get("/v1/users"), 404, "no such endpoint: GET /v1/users");
    }

    @Test
    void takesTheAddressWithADoubledSlashAsNewsboatSendsIt() {
        HttpResponse<String> doubled = reader.server.get("//v1/feeds?x=1");

        assertThat(doubled.statusCode()).isEqualTo(308);
        assertThat(doubled.headers().firstValue("Location")).contains("/v1/feeds?x=1");
        assertThat(reader.server.get("//evil.example/v1/feeds").statusCode()).isEqualTo(404);
    }

    static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(element -> ids.add(element.get("id").asLong()));
        return ids;
    }

    static void assertError(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(RunningServer.contentType(response)).startsWith("application/json");
        assertThat(RunningServer.json(response).get("error_message").asText()).isEqualTo(message);
    }

    private JsonNode json(String path) {
        HttpResponse<String> response = reader.server.get(path);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return RunningServer.json(response);
    }
}
