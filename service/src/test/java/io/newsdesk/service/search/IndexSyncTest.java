package io.newsdesk.service.search;

import static io.newsdesk.service.testing.Feeds.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.search.SearchIndexReader;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.imports.ImportedFile;
import io.newsdesk.service.testing.Await;
import io.newsdesk.service.testing.Feeds;
import io.newsdesk.service.testing.MutableClock;
import io.newsdesk.service.testing.SharedCorpora;
import io.newsdesk.service.testing.TestNewsdesk;
import io.newsdesk.store.Database;
import io.newsdesk.store.DatabaseLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The search index as a derived cache of the database: what reaches the database reaches the
 * index, whichever process stored it and whatever crashed in between.
 */
class IndexSyncTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final long USER = Newsdesk.OWNER;

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(NOW);
    private final List<AutoCloseable> opened = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable closeable : opened.reversed()) {
            closeable.close();
        }
    }

    @Test
    void entriesWrittenWithoutIndexingAreFoundAfterCatchingUp() {
        try (Database database = Database.open(DatabaseLocation.sqlite(dataDir.resolve("newsdesk.db")), clock)) {
            // As if a process stored these and crashed before it could index them.
            long feedId = database.feeds().findOrCreate("local:feed:https://harbour.example/", "local");
            database.feeds().subscribe(USER, feedId, "Harbour", null);
            database.entries().upsert(feedId, Feeds.rssItems(
                    item("a", "Storm Idris reaches the coast", NOW, "Wind."),
                    item("b", "Ferries cancelled by Idris", NOW, "Cancelled.")), NOW);
        }
        Newsdesk newsdesk = open();
        assertThat(newsdesk.index().pending()).isEqualTo(2);

        assertThat(newsdesk.syncIndex(ProgressListener.NONE)).isEqualTo(2);

        assertThat(newsdesk.index().pending()).isZero();
        assertThat(searchTitles(newsdesk, "idris")).containsExactlyInAnyOrder(
                "Storm <mark>Idris</mark> reaches the coast", "Ferries cancelled by <mark>Idris</mark>");
    }

    @Test
    void theNextStartIndexesWhatTheLastRunLeftPending() {
        Newsdesk first = open();
        importTeaser(first);
        first.close();

        Newsdesk next = open();
        next.startBackgroundWork();

        // The index commits before the database records it, so both are awaited.
        Await.until("the teaser is searchable and recorded as indexed",
                () -> !searchTitles(next, "Shoigu").isEmpty() && next.index().pending() == 0);
        assertThat(searchTitles(next, "Shoigu")).hasSize(1);
    }

    @Test
    void indexingTheSameRevisionTwiceLeavesOneHit() {
        Newsdesk newsdesk = open();
        importTeaser(newsdesk);
        newsdesk.syncIndex(ProgressListener.NONE);
        // As if the index had committed but the database had not heard of it.
        sql("UPDATE entries SET indexed_revision = 0");

        assertThat(newsdesk.syncIndex(ProgressListener.NONE)).isEqualTo(1);

        assertThat(searchTitles(newsdesk, "Shoigu")).hasSize(1);
        assertThat(committedCount()).isEqualTo(1);
    }

    @Test
    void aSecondInstanceSearchesReadOnlyAndTheOwnerIndexesWhatItStores() {
        Newsdesk owner = open();
        Newsdesk second = open();
        owner.startBackgroundWork();

        assertThat(second.syncIndex(ProgressListener.NONE)).as("the second cannot write the index").isEqualTo(-1);
        importTeaser(second);

        Await.until("the owner indexed what the second stored and recorded it",
                () -> !searchTitles(second, "Shoigu").isEmpty() && second.index().pending() == 0);
        assertThat(searchTitles(owner, "Shoigu")).hasSize(1);
    }

    @Test
    void aRebuildAskedForByAnotherProcessIsDoneByTheOwner() {
        Newsdesk owner = open();
        importTeaser(owner);
        owner.syncIndex(ProgressListener.NONE);
        // A feed deleted while its tombstone got lost: the index holds entries the database has not.
        owner.feeds().remove(USER, owner.feeds().list(USER).getFirst().feed().id());
        sql("DELETE FROM search_tombstones");
        owner.syncIndex(ProgressListener.NONE);
        assertThat(committedCount()).isEqualTo(1);
        Newsdesk second = open();
        owner.startBackgroundWork();

        assertThat(second.index().rebuild(ProgressListener.NONE)).isEqualTo(-1);

        Await.until("the owner rebuilt the index", () -> !second.index().rebuildPending());
        assertThat(committedCount()).as("the rebuild is committed, even with nothing to index").isZero();
    }

    @Test
    void theOwnerRebuildsAtOnce() {
        Newsdesk newsdesk = open();
        importTeaser(newsdesk);
        newsdesk.syncIndex(ProgressListener.NONE);

        assertThat(newsdesk.index().rebuild(ProgressListener.NONE)).isEqualTo(1);

        assertThat(newsdesk.index().rebuildPending()).isFalse();
        assertThat(committedCount()).isEqualTo(1);
    }

    @Test
    void tombstonesTakeDeletedFeedsOutOfTheIndex() {
        Newsdesk newsdesk = open();
        importTeaser(newsdesk);
        ImportedFile feed = newsdesk.imports().importDocument(USER, "harbour.xml",
                Feeds.rss("Harbour", item("a", "Storm Idris", NOW, "Wind.")).getBytes(StandardCharsets.UTF_8), null);
        newsdesk.syncIndex(ProgressListener.NONE);
        assertThat(committedCount()).isEqualTo(2);

        newsdesk.feeds().remove(USER, feed.feedId());
        newsdesk.syncIndex(ProgressListener.NONE);

        assertThat(committedCount()).isEqualTo(1);
    }

    private Newsdesk open() {
        Newsdesk newsdesk = TestNewsdesk.open(dataDir, clock);
        opened.add(newsdesk);
        return newsdesk;
    }

    private static void importTeaser(Newsdesk newsdesk) {
        newsdesk.imports().importFiles(USER, List.of(SharedCorpora.path("samples/aggregator-teaser.txt")),
                ProgressListener.NONE);
    }

    private static List<String> searchTitles(Newsdesk newsdesk, String query) {
        return newsdesk.search().search(USER, query, null, 10, 0).results().stream()
                .map(SearchService.Result::titleHtml)
                .toList();
    }

    /** How many entries the index's last commit holds: what another process would see. */
    private long committedCount() {
        try (SearchIndexReader reader = SearchIndexReader.open(dataDir.resolve("index"))) {
            return reader.count();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Changes the database behind Newsdesk's back, as a crash or a lost write would have. */
    private void sql(String statement) {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("newsdesk.db"));
                Statement sql = connection.createStatement()) {
            sql.executeUpdate(statement);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }
}
