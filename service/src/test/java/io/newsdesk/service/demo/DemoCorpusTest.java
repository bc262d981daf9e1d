package io.newsdesk.service.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsdesk.domain.Feed;
import io.newsdesk.domain.FeedFormat;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.entries.EntryService.Filter;
import io.newsdesk.service.search.SearchService;
import io.newsdesk.service.testing.MutableClock;
import io.newsdesk.service.testing.TestNewsdesk;
import io.newsdesk.store.Database;
import io.newsdesk.store.DatabaseLocation;
import io.newsdesk.store.FeedSummary;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCorpusTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final long USER = Newsdesk.OWNER;

    @TempDir
    Path dataDir;

    private Newsdesk newsdesk;

    @BeforeEach
    void setUp() {
        newsdesk = TestNewsdesk.open(dataDir, new MutableClock(NOW));
    }

    @AfterEach
    void tearDown() {
        newsdesk.close();
    }

    @Test
    void loadsTheFiveFeedsWithTheirCategoriesAndTheImportedArticles() {
        DemoCorpus.Loaded loaded = newsdesk.demo().load(USER, ProgressListener.NONE);

        List<FeedSummary> feeds = newsdesk.feeds().list(USER);
        assertThat(feeds).extracting(s -> s.feed().title(), s -> s.feed().category(), s -> s.feed().format())
                .containsExactlyInAnyOrder(
                        tuple("The Harbour Times", "World", FeedFormat.RSS20),
                        tuple("The Meridian Ledger", "Business", FeedFormat.ATOM10),
                        tuple("Fieldnote", "Science", FeedFormat.JSONFEED11),
                        tuple("The Kestrel Valley Courier", "Regional", FeedFormat.RSS10),
                        tuple("Touchline Daily", "Sport", FeedFormat.RSS20),
                        tuple("Imported articles", null, null));
        assertThat(feeds).allSatisfy(summary -> {
            assertThat(summary.feed().local()).isTrue();
            assertThat(summary.total()).isPositive();
        });
        assertThat(feeds).filteredOn(summary -> summary.feed().title().equals("Imported articles"))
                .singleElement().extracting(FeedSummary::total).isEqualTo(4);
        int stored = feeds.stream().mapToInt(FeedSummary::total).sum();
        assertThat(loaded.feeds()).isEqualTo(6);
        assertThat(loaded.entries()).isEqualTo(stored);
        assertThat(loaded.inserted()).isEqualTo(stored);
    }

    @Test
    void loadingTwiceAddsNothing() {
        DemoCorpus.Loaded first = newsdesk.demo().load(USER, ProgressListener.NONE);

        DemoCorpus.Loaded second = newsdesk.demo().load(USER, ProgressListener.NONE);

        assertThat(second.inserted()).isZero();
        assertThat(second.entries()).isEqualTo(first.entries());
        List<FeedSummary> feeds = newsdesk.feeds().list(USER);
        assertThat(feeds).hasSize(6);
        assertThat(feeds.stream().mapToInt(FeedSummary::total).sum()).isEqualTo(first.inserted());
    }

    @Test
    void loadingAgainKeepsWhatTheUserChanged() {
        newsdesk.demo().load(USER, ProgressListener.NONE);
        long touchline = newsdesk.feeds().list(USER).stream()
                .filter(summary -> summary.feed().title().equals("Touchline Daily"))
                .findFirst().orElseThrow().feed().id();
        try (Database database = Database.open(DatabaseLocation.sqlite(dataDir.resolve("newsdesk.db")), Clock.systemUTC())) {
            database.feeds().subscribe(USER, touchline, "Football", "Weekend");
        }

        newsdesk.demo().load(USER, ProgressListener.NONE);

        assertThat(newsdesk.feeds().get(USER, touchline).feed())
                .extracting(Feed::title, Feed::category)
                .containsExactly("Football", "Weekend");
    }

    @Test
    void everyEntryHasATitleAndAPublishedTime() {
        newsdesk.demo().load(USER, ProgressListener.NONE);

        List<StoredEntry> entries = newsdesk.entries().list(USER, new Filter(null, null, null, null, 500, 0)).items();

        assertThat(entries).hasSizeGreaterThan(20).allSatisfy(stored -> {
            assertThat(stored.entry().title()).as("title of entry %d", stored.id()).isNotBlank();
            assertThat(stored.entry().published()).as("published of %s", stored.entry().title()).isNotNull()
                    .isBefore(NOW);
        });
    }

    @Test
    void theCrossOutletStoriesAreSearchable() {
        newsdesk.demo().load(USER, ProgressListener.NONE);
        newsdesk.syncIndex(ProgressListener.NONE);

        SearchService.ResultPage storm = newsdesk.search().search(USER, "\"Storm Idris\"", null, 100, 0);

        assertThat(storm.results().stream().map(result -> result.entry().feedId()).distinct().count())
                .isGreaterThanOrEqualTo(3);
        assertThat(storm.results()).allSatisfy(result -> assertThat(result.titleHtml() + result.snippetHtml())
                .containsIgnoringCase("<mark>"));
    }
}
