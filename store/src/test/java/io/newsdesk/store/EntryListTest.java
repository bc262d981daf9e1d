package io.newsdesk.store;

import static io.newsdesk.store.TestEntries.NOW;
import static io.newsdesk.store.TestEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.store.testing.DatabaseTest;
import io.newsdesk.store.testing.TestDatabase;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class EntryListTest {

    @DatabaseTest
    void listsNewestFirstAndPages(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        List<Entry> entries = IntStream.range(0, 5)
                .mapToObj(i -> entry("e" + i, "Entry " + i).toBuilder().published(NOW.minusSeconds(1000 - i)).build())
                .toList();
        db.entries().upsert(feed, entries, NOW);

        Page<StoredEntry> first = db.entries().list(1, new EntryQuery(null, null, null, null, 2, 0));
        Page<StoredEntry> last = db.entries().list(1, new EntryQuery(null, null, null, null, 2, 4));

        assertThat(first.total()).isEqualTo(5);
        assertThat(titles(first)).containsExactly("Entry 4", "Entry 3");
        assertThat(last.total()).isEqualTo(5);
        assertThat(titles(last)).containsExactly("Entry 0");
    }

    @DatabaseTest
    void entriesWithTheSameSortTimeAreOrderedByIdNewestFirst(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        List<Long> ids = db.entries().upsert(feed, List.of(
                entry("a", "A").toBuilder().published(null).build(),
                entry("b", "B").toBuilder().published(null).build()), NOW).inserted();

        assertThat(db.entries().list(1, EntryQuery.latest(10)).items())
                .extracting(StoredEntry::id)
                .containsExactly(ids.get(1), ids.get(0));
    }

    @DatabaseTest
    void filtersByFeedReadStateStarsAndIds(Database db) {
        long a = TestEntries.subscribedFeed(db, "https://a.example/feed");
        long b = TestEntries.subscribedFeed(db, "https://b.example/feed");
        List<Long> inA = db.entries().upsert(a, List.of(entry("a1", "A1"), entry("a2", "A2")), NOW).inserted();
        List<Long> inB = db.entries().upsert(b, List.of(entry("b1", "B1")), NOW).inserted();
        db.entries().setRead(1, List.of(inA.getFirst()), true);
        db.entries().setStarred(1, inB.getFirst(), true);

        assertThat(titles(db, new EntryQuery(a, ReadFilter.ALL, null, null, 10, 0)))
                .containsExactlyInAnyOrder("A1", "A2");
        assertThat(titles(db, new EntryQuery(null, ReadFilter.UNREAD, null, null, 10, 0)))
                .containsExactlyInAnyOrder("A2", "B1");
        assertThat(titles(db, new EntryQuery(null, ReadFilter.READ, null, null, 10, 0))).containsExactly("A1");
        assertThat(titles(db, new EntryQuery(null, null, true, null, 10, 0))).containsExactly("B1");
        assertThat(titles(db, new EntryQuery(null, null, false, null, 10, 0))).containsExactlyInAnyOrder("A1", "A2");
        assertThat(titles(db, new EntryQuery(a, ReadFilter.UNREAD, false, null, 10, 0))).containsExactly("A2");
        assertThat(titles(db, new EntryQuery(null, null, null, List.of(inA.get(1), inB.getFirst()), 10, 0)))
                .containsExactlyInAnyOrder("A2", "B1");
        assertThat(db.entries().list(1, new EntryQuery(null, null, null, List.of(), 10, 0)).total()).isZero();
    }

    @DatabaseTest
    void readStateAndFeedTitleComeWithEachEntry(Database db) {
        long feed = db.feeds().findOrCreate("https://a.example/feed", FeedRepository.REMOTE);
        db.feeds().subscribe(1, feed, "My feed", null);
        long id = db.entries().upsert(feed, List.of(entry("1", "One")), NOW).inserted().getFirst();
        db.entries().setRead(1, List.of(id), true);
        db.entries().setStarred(1, id, true);

        StoredEntry stored = db.entries().find(1, id).orElseThrow();

        assertThat(stored.feedId()).isEqualTo(feed);
        assertThat(stored.feedTitle()).isEqualTo("My feed");
        assertThat(stored.read()).isTrue();
        assertThat(stored.starred()).isTrue();
        assertThat(stored.createdAt()).isEqualTo(NOW);
    }

    @DatabaseTest
    void aUserSeesNoEntriesOfFeedsTheyDoNotSubscribeTo(TestDatabase test) {
        Database db = test.database();
        long bob = test.addUser("bob");
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        long id = db.entries().upsert(feed, List.of(entry("1", "One")), NOW).inserted().getFirst();

        assertThat(db.entries().find(bob, id)).isEmpty();
        assertThat(db.entries().list(bob, EntryQuery.latest(10)).total()).isZero();
        assertThat(db.entries().list(bob, new EntryQuery(feed, null, null, List.of(id), 10, 0)).items()).isEmpty();
    }

    @DatabaseTest
    void findOfAnUnknownEntryIsEmpty(Database db) {
        assertThat(db.entries().find(1, 12345)).isEmpty();
    }

    @Test
    void aQueryRejectsNegativePaging() {
        assertThatThrownBy(() -> new EntryQuery(null, null, null, null, -1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new EntryQuery(null, null, null, null, 10, -5))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> titles(Database db, EntryQuery query) {
        return titles(db.entries().list(1, query));
    }

    private static List<String> titles(Page<StoredEntry> page) {
        return page.items().stream().map(e -> e.entry().title()).toList();
    }
}
