package io.newsdesk.store;

import static io.newsdesk.store.TestEntries.NOW;
import static io.newsdesk.store.TestEntries.entry;
import static io.newsdesk.store.TestEntries.subscribedFeed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.domain.DatePrecision;
import io.newsdesk.domain.Enclosure;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.Source;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.store.testing.DatabaseTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

class EntryUpsertTest {

    @DatabaseTest
    void insertsNewEntriesAndLeavesUnchangedOnesAlone(Database db) {
        long feed = subscribedFeed(db, "https://a.example/feed");
        List<Entry> batch = List.of(entry("1", "One"), entry("2", "Two"));

        UpsertResult first = db.entries().upsert(feed, batch, NOW);
        UpsertResult second = db.entries().upsert(feed, batch, NOW.plusSeconds(60));

        assertThat(first.inserted()).hasSize(2).doesNotHaveDuplicates();
        assertThat(first.updated()).isEmpty();
        assertThat(second.inserted()).isEmpty();
        assertThat(second.updated()).isEmpty();
        assertThat(second.unchanged()).isEqualTo(2);
        assertThat(first.ids()).isEqualTo(first.inserted());
        assertThat(second.ids()).isEqualTo(first.inserted());
        assertThat(db.entries().list(1, EntryQuery.latest(10)).total()).isEqualTo(2);
    }

    @DatabaseTest
    void theGuidIdentifiesAnEntryEvenWhenItsLinkChanges(Database db) {
        long feed = subscribedFeed(db, "https://a.example/feed");
        long id = db.entries().upsert(feed, List.of(entry("guid-1", "Title")), NOW).inserted().getFirst();

        Entry moved = entry("guid-1", "Title").toBuilder().link("https://news.example/moved").build();
        UpsertResult result = db.entries().upsert(feed, List.of(entry("new", "New"), moved), NOW);

        assertThat(result.updated()).containsExactly(id);
        assertThat(result.ids()).containsExactly(result.inserted().getFirst(), id);
        assertThat(db.entries().find(1, id).orElseThrow().entry().link()).isEqualTo("https://news.example/moved");
    }

    @DatabaseTest
    void withoutGuidTheLinkIdentifiesAnEntry(Database db) {
        long feed = subscribedFeed(db, "https://a.example/feed");
        Entry original = Entry.builder().link("https://news.example/story").title("Draft headline").build();
        long id = db.entries().upsert(feed, List.of(original), NOW).inserted().getFirst();

        Entry retitled = original.toBuilder().title("Final headline").build();
        UpsertResult result = db.entries().upsert(feed, List.of(retitled), NOW);

        assertThat(result.inserted()).isEmpty();
        assertThat(result.updated()).containsExactly(id);
    }

    @DatabaseTest
    void withoutGuidOrLinkTheTitleAndTextIdentifyAnEntry(Database db) {
        long feed = subscribedFeed(db, "https://a.example/feed");
        Entry note = Entry.builder().title("Notice").content("<p>Closed on Monday.</p>").build();
        Entry other = Entry.builder().title("Notice").content("<p>Open on Tuesday.</p>").build();

        UpsertResult first = db.entries().upsert(feed, List.of(note, other), NOW);
        UpsertResult again = db.entries().upsert(feed, List.of(note.toBuilder().author("Desk").build()), NOW);

        assertThat(first.inserted()).hasSize(2);
        assertThat(again.inserted()).isEmpty();
        assertThat(again.updated()).containsExactly(first.inserted().getFirst());
    }

    @DatabaseTest
    void theSameGuidInTwoFeedsIsTwoEntries(Database db) {
        long a = subscribedFeed(db, "https://a.example/feed");
        long b = subscribedFeed(db, "https://b.example/feed");

        long inA = db.entries().upsert(a, List.of(entry("shared", "A")), NOW).inserted().getFirst();
        long inB = db.entries().upsert(b, List.of(entry("shared", "B")), NOW).inserted().getFirst();

        assertThat(inA).isNotEqualTo(inB);
    }

    @DatabaseTest
    void aChangedEntryIsUpdatedInPlaceWithItsRevisionRaised(Database db) {
        long feed = subscribedFeed(db, "https://a.example/feed");
        long id = db.entries().upsert(feed, List.of(entry("1", "Old")), NOW).inserted().getFirst();
        db.entries().markIndexed(Map.of(id, 1L));
        Instant later = NOW.plus(Duration.ofHours(2));

        UpsertResult result = db.entries().upsert(feed, List.of(entry("1", "New")), later);

        assertThat(result.updated()).containsExactly(id);
        StoredEntry stored = db.entries().find(1, id).orElseThrow();
        assertThat(stored.entry().title()).isEqualTo("New");
        assertThat(stored.createdAt()).isEqualTo(NOW);
        assertThat(stored.changedAt()).isEqualTo(later);
        assertThat(db.entries().pendingIndex(10)).singleElement()
                .satisfies(pending -> assertThat(pending.revision()).isEqualTo(2));
        assertThat(db.entries().list(1, EntryQuery.latest(10)).total()).isEqualTo(1);
    }

    @DatabaseTest
    void anUnchangedEntryKeepsItsRevision(Database db) {
        long feed = subscribedFeed(db, "https://a.example/feed");
        long id = db.entries().upsert(feed, List.of(entry("1", "Same")), NOW).inserted().getFirst();
        db.entries().markIndexed(Map.of(id, 1L));

        db.entries().upsert(feed, List.of(entry("1", "Same")), NOW.plusSeconds(600));

        assertThat(db.entries().countPendingIndex()).isZero();
        assertThat(db.entries().find(1, id).orElseThrow().changedAt()).isEqualTo(NOW);
    }

    @DatabaseTest
    void aRepeatWithinOneBatchKeepsTheFirstOccurrence(Database db) {
        long feed = subscribedFeed(db, "https://a.example/feed");

        UpsertResult result = db.entries().upsert(feed, List.of(entry("1", "First"), entry("1", "Second")), NOW);

        assertThat(result.inserted()).hasSize(1);
        assertThat(result.unchanged()).isEqualTo(1);
        assertThat(result.ids()).containsExactly(result.inserted().getFirst(), result.inserted().getFirst());
        assertThat(db.entries().find(1, result.inserted().getFirst()).orElseThrow().entry().title())
                .isEqualTo("First");
    }

    @DatabaseTest
    void anEntryDatedInTheFutureSortsAtTheTimeItArrived(Database db) {
        long feed = subscribedFeed(db, "https://a.example/feed");
        Entry future = entry("future", "From the future").toBuilder().published(NOW.plus(Duration.ofDays(30))).build();
        Entry recent = entry("recent", "Ten minutes ago").toBuilder().published(NOW.minusSeconds(600)).build();
        Entry undated = entry("undated", "No date").toBuilder().published(null).build();
        db.entries().upsert(feed, List.of(future, recent, undated), NOW);
        Entry newer = entry("newer", "Arrived later").toBuilder().published(NOW.plusSeconds(60)).build();
        db.entries().upsert(feed, List.of(newer), NOW.plusSeconds(120));

        List<String> order = db.entries().list(1, EntryQuery.latest(10)).items().stream()
                .map(e -> e.entry().guid())
                .toList();

        // newer: its own date (before arrival); future and undated: arrival time (NOW), tie by id; recent: its date.
        assertThat(order).containsExactly("newer", "undated", "future", "recent");
    }

    @DatabaseTest
    void storesEveryFieldOfAnEntry(Database db) {
        long feed = subscribedFeed(db, "https://a.example/feed");
        Entry full = Entry.builder()
                .guid("urn:uuid:1")
                .title("Port workers strike")
                .link("https://news.example/strike")
                .published(Instant.parse("2026-11-19T00:00:00Z"), DatePrecision.DAY)
                .updated(Instant.parse("2026-11-19T08:30:00.123Z"))
                .author("Ana Ruiz")
                .author("Tom Ode")
                .summary("<p>Short</p>")
                .content("<p>Long</p>")
                .dek("Cranes stand idle")
                .category("Business")
                .category("Labour")
                .enclosure(new Enclosure("https://cdn.example/a.mp3", "audio/mpeg", 12345L))
                .enclosure(new Enclosure("https://cdn.example/b.jpg", null, null))
                .source(new Source("Harbour Times", "https://harbourtimes.example/"))
                .teaser(true)
                .count(42)
                .language("en-GB")
                .imageUrl("https://cdn.example/lead.jpg")
                .build();

        long id = db.entries().upsert(feed, List.of(full), NOW).inserted().getFirst();

        assertThat(db.entries().find(1, id).orElseThrow().entry()).isEqualTo(full);
    }

    @DatabaseTest
    void storesAnEntryWithNothingButATitle(Database db) {
        long feed = subscribedFeed(db, "https://a.example/feed");
        Entry bare = Entry.builder().title("Only a title").build();

        long id = db.entries().upsert(feed, List.of(bare), NOW).inserted().getFirst();

        assertThat(db.entries().find(1, id).orElseThrow().entry()).isEqualTo(bare);
    }

    @DatabaseTest
    void storesALargeBatchAcrossSeveralTransactions(Database db) {
        long feed = subscribedFeed(db, "https://a.example/feed");
        List<Entry> many = IntStream.range(0, 450).mapToObj(i -> entry("e" + i, "Entry " + i)).toList();

        UpsertResult result = db.entries().upsert(feed, many, NOW);

        assertThat(result.inserted()).hasSize(450).doesNotHaveDuplicates();
        assertThat(db.entries().list(1, EntryQuery.latest(1)).total()).isEqualTo(450);
    }

    @DatabaseTest
    void refusesEntriesForAFeedThatDoesNotExist(Database db) {
        assertThatThrownBy(() -> db.entries().upsert(999, List.of(entry("1", "Lost")), NOW))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no feed 999");
    }

    @DatabaseTest
    void anEmptyBatchDoesNothing(Database db) {
        long feed = subscribedFeed(db, "https://a.example/feed");

        assertThat(db.entries().upsert(feed, List.of(), NOW))
                .isEqualTo(new UpsertResult(List.of(), List.of(), 0, List.of()));
    }
}
