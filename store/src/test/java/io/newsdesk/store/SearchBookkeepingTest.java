package io.newsdesk.store;

import static io.newsdesk.store.TestEntries.NOW;
import static io.newsdesk.store.TestEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Source;
import io.newsdesk.store.testing.DatabaseTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

class SearchBookkeepingTest {

    @DatabaseTest
    void newEntriesArePendingWithTheirSearchableText(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        db.feeds().updateMetadata(feed, new FeedMetadata("Harbour Times", null, null, null, null, null));
        long id = db.entries().upsert(feed, List.of(entry("1", "Strike").toBuilder()
                .dek("Cranes idle")
                .summary("<p>Short</p>")
                .source(new Source("Wire", null))
                .build()), NOW).inserted().getFirst();

        assertThat(db.entries().countPendingIndex()).isEqualTo(1);
        assertThat(db.entries().pendingIndex(10)).containsExactly(new IndexableEntry(
                id, feed, 1, "Strike", "Cranes idle", "<p>Short</p>", "<p>Strike</p>", "Wire", "Harbour Times",
                NOW.minusSeconds(3600), null));
    }

    @DatabaseTest
    void markIndexedClearsOnlyTheRevisionThatWasIndexed(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        List<Long> ids = db.entries().upsert(feed, List.of(entry("1", "One"), entry("2", "Two")), NOW).inserted();
        Map<Long, Long> read = db.entries().pendingIndex(10).stream()
                .collect(Collectors.toMap(IndexableEntry::id, IndexableEntry::revision));

        // Entry 1 changes after the indexer read it and before it confirmed.
        db.entries().upsert(feed, List.of(entry("1", "One, corrected")), NOW.plusSeconds(5));
        db.entries().markIndexed(read);

        assertThat(db.entries().pendingIndex(10)).singleElement().satisfies(pending -> {
            assertThat(pending.id()).isEqualTo(ids.getFirst());
            assertThat(pending.revision()).isEqualTo(2);
            assertThat(pending.title()).isEqualTo("One, corrected");
        });
        db.entries().markIndexed(Map.of(ids.getFirst(), 2L));
        assertThat(db.entries().countPendingIndex()).isZero();
    }

    @DatabaseTest
    void pendingIndexHonoursTheLimitOldestFirst(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        List<Long> ids = db.entries().upsert(feed,
                IntStream.range(0, 5).mapToObj(i -> entry("e" + i, "Entry " + i)).toList(), NOW).inserted();

        assertThat(db.entries().pendingIndex(3))
                .extracting(IndexableEntry::id)
                .containsExactlyElementsOf(ids.subList(0, 3));
    }

    @DatabaseTest
    void markAllForReindexMakesEveryEntryPendingAgain(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        db.entries().upsert(feed, IntStream.range(0, 1200).mapToObj(i -> entry("e" + i, "Entry " + i)).toList(), NOW);
        db.entries().markIndexed(db.entries().pendingIndex(2000).stream()
                .collect(Collectors.toMap(IndexableEntry::id, IndexableEntry::revision)));
        assertThat(db.entries().countPendingIndex()).isZero();

        db.entries().markAllForReindex();

        assertThat(db.entries().countPendingIndex()).isEqualTo(1200);
        assertThat(db.entries().pendingIndex(2000)).extracting(IndexableEntry::revision).containsOnly(1L);
    }
}
