package io.newsdesk.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.e2e.support.ApiResponse;
import io.newsdesk.e2e.support.CliResult;
import io.newsdesk.e2e.support.Eventually;
import io.newsdesk.e2e.support.FixtureFeed;
import io.newsdesk.e2e.support.FixtureServer;
import io.newsdesk.e2e.support.NewsdeskServerExtension;
import io.newsdesk.e2e.support.RecordedRequest;
import io.newsdesk.e2e.support.RssFeed;
import io.newsdesk.e2e.support.SharedCorpora;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The reader's story from the issue, step by step against a real server process: subscribe, read
 * newest first, the publisher adds a story, refresh (conditionally), search, import a teaser with
 * the command line while the server runs, read and star, rebuild the index next to the server.
 * Each step builds on the ones before.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReaderFlowTest {

    private static final String NEW_HEADLINE = "Zeppelin returns to the harbour skyline";
    private static final String TEASER_TITLE = "Russian and North Korean defense chiefs hold historic talks";
    /** The shared RSS fixture: 25 blog posts from 2024. */
    private static final String CORPUS_FEED = "miniflux/internal/reader/parser/testdata/large_rss.xml";
    private static final int CORPUS_FEED_ENTRIES = 25;

    @RegisterExtension
    static final NewsdeskServerExtension server = NewsdeskServerExtension.serve();

    private static FixtureServer publishers;
    private static FixtureFeed wire;
    private static RssFeed wireContent;
    private static long wireFeedId;
    private static long teaserEntryId;

    @BeforeAll
    static void startPublishers() {
        publishers = FixtureServer.start();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        wireContent = RssFeed.channel("Harbour Wire", "http://harbour-wire.example/")
                .with(new RssFeed.Item("wire-1", "Ferry timetable changes for the winter", now.minus(3, ChronoUnit.HOURS),
                        "The island ferries move to their winter timetable on Monday."))
                .with(new RssFeed.Item("wire-2", "Fish market reopens after roof repairs", now.minus(2, ChronoUnit.HOURS),
                        "Traders returned to Harbour Street at dawn."))
                .with(new RssFeed.Item("wire-3", "Lighthouse keepers mark a century", now.minus(1, ChronoUnit.HOURS),
                        "The Skerra light has been staffed for a hundred years."));
        wire = publishers.feed("/wire.rss");
        wire.publish(wireContent);
        publishers.feed("/blog.rss").publish("application/rss+xml", SharedCorpora.feedFixture(CORPUS_FEED));
    }

    @AfterAll
    static void stopPublishers() {
        publishers.close();
    }

    @Test
    @Order(1)
    void subscribingThroughTheApiFetchesTheFeedAtOnce() {
        ApiResponse added = server.api().postJson("/api/v1/feeds", Map.of("url", wire.url(), "category", "Local"));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        JsonNode feed = added.json();
        wireFeedId = feed.path("id").asLong();
        assertThat(added.headers().firstValue("Location")).hasValue("/api/v1/feeds/" + wireFeedId);
        assertThat(feed.path("title").asText()).isEqualTo("Harbour Wire");
        assertThat(feed.path("category").asText()).isEqualTo("Local");
        assertThat(feed.path("total").asInt()).isEqualTo(3);
        assertThat(feed.path("status").path("state").asText()).isEqualTo("ok");
        assertThat(feed.path("status").path("error_count").asInt()).isZero();
        assertThat(wire.lastRequest().header("User-Agent")).as("a clear User-Agent").containsIgnoringCase("newsdesk");

        ApiResponse corpus = server.api().postJson("/api/v1/feeds", Map.of("url", publishers.url("/blog.rss")));
        assertThat(corpus.status()).as(corpus.toString()).isEqualTo(201);
        assertThat(corpus.json().path("total").asInt()).isEqualTo(CORPUS_FEED_ENTRIES);
    }

    @Test
    @Order(2)
    void entriesAreListedNewestFirst() {
        JsonNode page = server.api().get("/api/v1/entries?limit=100").json();

        assertThat(page.path("total").asInt()).isEqualTo(3 + CORPUS_FEED_ENTRIES);
        List<Instant> published = new ArrayList<>();
        page.path("entries").forEach(entry -> published.add(Instant.parse(entry.path("published").asText())));
        assertThat(published).hasSize(3 + CORPUS_FEED_ENTRIES).isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(titles(page).subList(0, 3)).containsExactly(
                "Lighthouse keepers mark a century", "Fish market reopens after roof repairs",
                "Ferry timetable changes for the winter");
        JsonNode newest = page.path("entries").get(0);
        assertThat(newest.path("feed_id").asLong()).isEqualTo(wireFeedId);
        assertThat(newest.path("status").asText()).isEqualTo("unread");
        assertThat(newest.path("feed_title").asText()).isEqualTo("Harbour Wire");
    }

    @Test
    @Order(3)
    void refreshOfAnUnchangedFeedIsAConditionalGetAnswered304() {
        String etag = wire.currentEtag();

        JsonNode outcome = refreshWire();

        assertThat(outcome.path("status").asText()).isEqualTo("not_modified");
        RecordedRequest poll = wire.lastRequest();
        assertThat(poll.header("If-None-Match")).as("the ETag of the last answer is sent back").isEqualTo(etag);
        assertThat(poll.header("If-Modified-Since")).as("so is its Last-Modified date").isNotBlank();
        assertThat(poll.answeredStatus()).isEqualTo(304);
        assertThat(wireEntries().path("total").asInt()).isEqualTo(3);
    }

    @Test
    @Order(4)
    void refreshAfterTheFeedChangedAddsOnlyTheNewEntry() {
        String previousEtag = wire.currentEtag();
        wireContent = wireContent.with(new RssFeed.Item("wire-4", NEW_HEADLINE, Instant.now().minus(1, ChronoUnit.MINUTES),
                "The airship circled the old quay twice before mooring at the north mast."));
        wire.publish(wireContent);

        JsonNode outcome = refreshWire();

        assertThat(outcome.path("status").asText()).isEqualTo("updated");
        assertThat(outcome.path("inserted").asInt()).isEqualTo(1);
        assertThat(outcome.path("updated").asInt()).isZero();
        RecordedRequest poll = wire.lastRequest();
        assertThat(poll.header("If-None-Match")).isEqualTo(previousEtag);
        assertThat(poll.answeredStatus()).isEqualTo(200);

        JsonNode entries = wireEntries();
        assertThat(entries.path("total").asInt()).isEqualTo(4);
        assertThat(titles(entries)).first().isEqualTo(NEW_HEADLINE);
        List<String> guids = new ArrayList<>();
        entries.path("entries").forEach(entry -> guids.add(entry.path("guid").asText()));
        assertThat(guids).containsExactlyInAnyOrder("wire-1", "wire-2", "wire-3", "wire-4");
    }

    @Test
    @Order(5)
    void searchFindsTheNewEntryWithTheWordHighlighted() {
        Eventually.holds(() -> {
            JsonNode results = server.api().search("zeppelin").json();
            assertThat(results.path("total").asInt()).isEqualTo(1);
            JsonNode hit = results.path("results").get(0);
            assertThat(hit.path("entry").path("title").asText()).isEqualTo(NEW_HEADLINE);
            assertThat(hit.path("title_html").asText()).contains("<mark>Zeppelin</mark>");
        });
    }

    @Test
    @Order(6)
    void teaserImportedByTheCliNextToTheServerIsListedAndFound() {
        CliResult imported = server.cli("import", SharedCorpora.teaserSample().toString(), "--json");

        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.stderr()).as("no lock errors next to the server: %s", imported)
                .doesNotContainIgnoringCase("locked").doesNotContain("LockObtainFailed");
        JsonNode printed = imported.json().get(0).path("entries").get(0);
        assertThat(printed.path("title").asText()).isEqualTo(TEASER_TITLE);
        assertThat(printed.path("count").asInt()).isEqualTo(28);
        assertThat(printed.path("teaser").asBoolean()).isTrue();

        JsonNode entry = entryTitled(server.api().get("/api/v1/entries?limit=100").json(), TEASER_TITLE);
        teaserEntryId = entry.path("id").asLong();
        assertThat(entry.path("count").asInt()).isEqualTo(28);
        assertThat(entry.path("teaser").asBoolean()).isTrue();
        assertThat(entry.path("published_precision").asText()).isEqualTo("month");
        assertThat(entry.path("dek").asText()).startsWith("Sergey Shoigu has said he is certain");
        assertThat(entry.path("content").asText()).doesNotContainIgnoringCase("Read Entire Article");

        Eventually.holds(() -> {
            JsonNode results = server.api().search("Shoigu").json();
            assertThat(results.path("results")).hasSize(1);
            assertThat(results.path("results").get(0).path("entry").path("id").asLong()).isEqualTo(teaserEntryId);
            assertThat(results.path("results").get(0).path("snippet_html").asText()).contains("<mark>Shoigu</mark>");
        });
    }

    @Test
    @Order(7)
    void readAndStarredStateSetThroughTheApiShowsInTheListing() {
        ApiResponse changed = server.api().patchJson("/api/v1/entries/" + teaserEntryId, Map.of("read", true, "starred", true));

        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
        assertThat(changed.json().path("status").asText()).isEqualTo("read");
        assertThat(changed.json().path("starred").asBoolean()).isTrue();

        JsonNode starred = server.api().get("/api/v1/entries?starred=true").json();
        assertThat(starred.path("total").asInt()).isEqualTo(1);
        assertThat(starred.path("entries").get(0).path("id").asLong()).isEqualTo(teaserEntryId);
        JsonNode unread = server.api().get("/api/v1/entries?status=unread&limit=100").json();
        assertThat(titles(unread)).doesNotContain(TEASER_TITLE).hasSize(3 + 1 + CORPUS_FEED_ENTRIES);
        JsonNode read = server.api().get("/api/v1/entries?status=read").json();
        assertThat(titles(read)).containsExactly(TEASER_TITLE);

        server.api().patchJson("/api/v1/entries/" + teaserEntryId, Map.of("read", false));
        JsonNode again = server.api().get("/api/v1/entries/" + teaserEntryId).json();
        assertThat(again.path("status").asText()).isEqualTo("unread");
        assertThat(again.path("starred").asBoolean()).as("marking unread leaves the star").isTrue();
    }

    @Test
    @Order(8)
    void reindexThroughTheCliNextToTheServerFinishesAndSearchStillWorks() {
        CliResult reindexed = server.cli("reindex");

        assertThat(reindexed.exitCode()).as(reindexed.toString()).isZero();
        assertThat(reindexed.stderr()).as("the running server did the rebuild: %s", reindexed)
                .contains("running server owns the search index");
        assertThat(reindexed.stdout()).as(reindexed.toString()).contains("Rebuilt the search index");
        assertThat(server.api().search("zeppelin").json().path("total").asInt()).isEqualTo(1);
        assertThat(server.api().search("Shoigu").json().path("total").asInt()).isEqualTo(1);

        CliResult searched = server.cli("search", "zeppelin", "--json");
        assertThat(searched.exitCode()).as(searched.toString()).isZero();
        assertThat(searched.stdout()).contains(NEW_HEADLINE);
    }

    private static JsonNode refreshWire() {
        ApiResponse refreshed = server.api().post("/api/v1/feeds/" + wireFeedId + "/refresh");
        assertThat(refreshed.status()).as(refreshed.toString()).isEqualTo(200);
        return refreshed.json();
    }

    private static JsonNode wireEntries() {
        return server.api().get("/api/v1/entries?feed=" + wireFeedId).json();
    }

    private static List<String> titles(JsonNode page) {
        List<String> titles = new ArrayList<>();
        page.path("entries").forEach(entry -> titles.add(entry.path("title").asText()));
        return titles;
    }

    private static JsonNode entryTitled(JsonNode page, String title) {
        for (JsonNode entry : page.path("entries")) {
            if (entry.path("title").asText().equals(title)) {
                return entry;
            }
        }
        throw new AssertionError("no entry titled \"" + title + "\" in " + titles(page));
    }
}
