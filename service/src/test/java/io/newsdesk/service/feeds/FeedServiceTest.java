package io.newsdesk.service.feeds;

import static io.newsdesk.service.NewsdeskException.Kind.INVALID;
import static io.newsdesk.service.NewsdeskException.Kind.NOT_FOUND;
import static io.newsdesk.service.testing.Feeds.item;
import static io.newsdesk.service.testing.NewsdeskAssertions.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Feed;
import io.newsdesk.search.SearchHit;
import io.newsdesk.search.SearchIndexReader;
import io.newsdesk.search.SearchQuery;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.imports.ImportedFile;
import io.newsdesk.service.search.SearchService;
import io.newsdesk.service.testing.Feeds;
import io.newsdesk.service.testing.FixtureServer;
import io.newsdesk.service.testing.FixtureServer.Reply;
import io.newsdesk.service.testing.MutableClock;
import io.newsdesk.service.testing.TestNewsdesk;
import io.newsdesk.store.FeedSummary;
import io.newsdesk.store.testing.DatabaseTest;
import io.newsdesk.store.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The subscription lifecycle on both databases: list, get, refresh, remove. */
class FeedServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final long USER = Newsdesk.OWNER;

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(NOW);
    private final FixtureServer server = FixtureServer.start();
    private Newsdesk newsdesk;

    @AfterEach
    void tearDown() {
        if (newsdesk != null) {
            newsdesk.close();
        }
        server.close();
    }

    @DatabaseTest
    void listsAndGetsTheUsersFeedsWithCounts(TestDatabase database) {
        FeedService feeds = open(database);
        Feed harbour = feeds.add(USER, serveFeed("/harbour", "Harbour Times", "Storm Idris reaches the coast"), "World");
        Feed ledger = feeds.add(USER, serveFeed("/ledger", "Meridian Ledger", "Markets shrug off the strike"), "Business");

        List<FeedSummary> listed = feeds.list(USER);

        assertThat(listed).extracting(summary -> summary.feed().title()).containsExactly("Meridian Ledger", "Harbour Times");
        assertThat(listed).allSatisfy(summary -> {
            assertThat(summary.total()).isEqualTo(2);
            assertThat(summary.unread()).isEqualTo(2);
        });
        assertThat(feeds.get(USER, harbour.id()).feed().category()).isEqualTo("World");
        assertThat(feeds.get(USER, ledger.id()).feed().url()).isEqualTo(server.url("/ledger"));
        assertFailsWith(NOT_FOUND, () -> feeds.get(USER, ledger.id() + 100)).hasMessage("no feed " + (ledger.id() + 100));
    }

    @DatabaseTest
    void refreshesOneFeedOrAllRemoteFeeds(TestDatabase database) {
        FeedService feeds = open(database);
        Feed harbour = feeds.add(USER, serveFeed("/harbour", "Harbour Times", "Storm Idris reaches the coast"), null);
        feeds.add(USER, serveFeed("/ledger", "Meridian Ledger", "Markets shrug off the strike"), null);
        ImportedFile imported = newsdesk.imports().importDocument(USER, "local.xml",
                Feeds.rss("Local copy", item("l", "Kept locally", NOW, "Local.")).getBytes(StandardCharsets.UTF_8), null);
        server.serve("/harbour", Reply.rss(Feeds.rss("Harbour Times",
                item("harbour-1", "Storm Idris reaches the coast", NOW.minus(Duration.ofHours(2)), "Wind."),
                item("harbour-2", "Ferries cancelled", NOW.minus(Duration.ofMinutes(30)), "Cancelled."),
                item("harbour-3", "Clean-up begins", NOW.minus(Duration.ofMinutes(10)), "Brooms."))));

        RefreshOutcome one = feeds.refresh(USER, harbour.id());
        List<String> progress = new CopyOnWriteArrayList<>();
        List<RefreshOutcome> all = feeds.refreshAll(USER, (done, total, item) -> progress.add(done + "/" + total));

        assertThat(one.status()).isEqualTo(RefreshOutcome.Status.UPDATED);
        assertThat(one.inserted()).isEqualTo(1);
        assertThat(feeds.get(USER, harbour.id()).total()).isEqualTo(3);
        assertThat(all).extracting(RefreshOutcome::url)
                .containsExactlyInAnyOrder(server.url("/harbour"), server.url("/ledger"));
        assertThat(progress).containsExactly("0/2", "1/2", "2/2");
        assertFailsWith(INVALID, () -> feeds.refresh(USER, imported.feedId()))
                .hasMessageContaining("imported entries");
        assertFailsWith(NOT_FOUND, () -> feeds.refresh(USER, 9_999));
    }

    @DatabaseTest
    void aRemovedFeedsEntriesLeaveTheSearchIndexOnceItCatchesUp(TestDatabase database) throws Exception {
        FeedService feeds = open(database);
        Feed harbour = feeds.add(USER, serveFeed("/harbour", "Harbour Times", "Storm Idris reaches the coast"), null);
        Feed ledger = feeds.add(USER, serveFeed("/ledger", "Meridian Ledger", "Storm Idris hits insurers"), null);
        newsdesk.syncIndex(ProgressListener.NONE);
        assertThat(searchFeeds("idris")).containsOnly(harbour.id(), ledger.id());

        feeds.remove(USER, harbour.id());

        assertThat(feeds.list(USER)).extracting(summary -> summary.feed().id()).containsExactly(ledger.id());
        assertThat(searchFeeds("idris")).as("the database has the last word at once").containsOnly(ledger.id());
        newsdesk.syncIndex(ProgressListener.NONE);
        try (SearchIndexReader index = SearchIndexReader.open(dataDir.resolve("index"))) {
            assertThat(index.search(SearchQuery.of("idris")).hits()).hasSize(1)
                    .extracting(SearchHit::entryId)
                    .allSatisfy(id -> assertThat(newsdesk.entries().get(USER, id).feedId()).isEqualTo(ledger.id()));
        }
        assertFailsWith(NOT_FOUND, () -> feeds.remove(USER, harbour.id())).hasMessage("no feed " + harbour.id());
    }

    private FeedService open(TestDatabase database) {
        newsdesk = TestNewsdesk.open(dataDir, database, clock);
        return newsdesk.feeds();
    }

    /** Serves a two-entry feed whose first entry has the given title; returns its URL. */
    private String serveFeed(String path, String title, String headline) {
        server.serve(path, Reply.rss(Feeds.rss(title,
                item(path.substring(1) + "-1", headline, NOW.minus(Duration.ofHours(2)), headline + "."),
                item(path.substring(1) + "-2", "Also in " + title, NOW.minus(Duration.ofHours(1)), "More."))));
        return server.url(path);
    }

    private List<Long> searchFeeds(String query) {
        SearchService.ResultPage page = newsdesk.search().search(USER, query, null, 50, 0);
        return page.results().stream().map(result -> result.entry().feedId()).toList();
    }
}
