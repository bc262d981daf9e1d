package io.newsdesk.store;

import static io.newsdesk.store.TestEntries.NOW;
import static io.newsdesk.store.TestEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.store.testing.DatabaseTest;
import io.newsdesk.store.testing.TestDatabase;
import java.util.List;

class EntryStateTest {

    @DatabaseTest
    void setReadCountsOnlyEntriesWhoseStateChanged(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        List<Long> ids = db.entries().upsert(feed, List.of(entry("1", "One"), entry("2", "Two")), NOW).inserted();

        assertThat(db.entries().setRead(1, List.of(ids.getFirst()), true)).isEqualTo(1);
        assertThat(db.entries().setRead(1, ids, true)).isEqualTo(1);
        assertThat(db.entries().setRead(1, ids, true)).isZero();
        assertThat(db.entries().setRead(1, ids, false)).isEqualTo(2);
        assertThat(db.entries().setRead(1, ids, false)).isZero();
        assertThat(db.entries().setRead(1, List.of(), true)).isZero();
    }

    @DatabaseTest
    void starringKeepsTheReadStateAndViceVersa(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        long id = db.entries().upsert(feed, List.of(entry("1", "One")), NOW).inserted().getFirst();

        db.entries().setRead(1, List.of(id), true);
        db.entries().setStarred(1, id, true);
        db.entries().setRead(1, List.of(id), false);

        assertThat(db.entries().find(1, id).orElseThrow()).satisfies(e -> {
            assertThat(e.read()).isFalse();
            assertThat(e.starred()).isTrue();
        });
        assertThat(db.entries().setStarred(1, id, false)).isTrue();
        assertThat(db.entries().find(1, id).orElseThrow().starred()).isFalse();
    }

    @DatabaseTest
    void aUserCannotTouchEntriesOfFeedsTheyDoNotSubscribeTo(TestDatabase test) {
        Database db = test.database();
        long bob = test.addUser("bob");
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        long id = db.entries().upsert(feed, List.of(entry("1", "One")), NOW).inserted().getFirst();

        assertThat(db.entries().setRead(bob, List.of(id), true)).isZero();
        assertThat(db.entries().setStarred(bob, id, true)).isFalse();
        assertThat(db.entries().markFeedRead(bob, feed)).isZero();

        assertThat(db.entries().find(1, id).orElseThrow()).satisfies(e -> {
            assertThat(e.read()).isFalse();
            assertThat(e.starred()).isFalse();
        });
        db.feeds().subscribe(bob, feed, null, null);
        assertThat(db.entries().find(bob, id).orElseThrow().read()).isFalse();
    }

    @DatabaseTest
    void eachUserHasTheirOwnState(TestDatabase test) {
        Database db = test.database();
        long bob = test.addUser("bob");
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        db.feeds().subscribe(bob, feed, null, null);
        long id = db.entries().upsert(feed, List.of(entry("1", "One")), NOW).inserted().getFirst();

        db.entries().setRead(bob, List.of(id), true);
        db.entries().setStarred(bob, id, true);

        assertThat(db.entries().find(1, id).orElseThrow().read()).isFalse();
        assertThat(db.entries().find(1, id).orElseThrow().starred()).isFalse();
        assertThat(db.entries().find(bob, id).orElseThrow().read()).isTrue();
        assertThat(db.feeds().list(1).getFirst().unread()).isEqualTo(1);
        assertThat(db.feeds().list(bob).getFirst().unread()).isZero();
    }

    @DatabaseTest
    void markFeedReadMarksOnlyThatFeed(Database db) {
        long a = TestEntries.subscribedFeed(db, "https://a.example/feed");
        long b = TestEntries.subscribedFeed(db, "https://b.example/feed");
        List<Long> inA = db.entries().upsert(a, List.of(entry("1", "One"), entry("2", "Two")), NOW).inserted();
        db.entries().upsert(b, List.of(entry("3", "Three")), NOW);
        db.entries().setRead(1, List.of(inA.getFirst()), true);

        assertThat(db.entries().markFeedRead(1, a)).isEqualTo(1);

        assertThat(db.entries().list(1, new EntryQuery(null, ReadFilter.UNREAD, null, null, 10, 0)).items())
                .extracting(e -> e.entry().title())
                .containsExactly("Three");
    }

    @DatabaseTest
    void setStarredOfAnUnknownEntryIsFalse(Database db) {
        assertThat(db.entries().setStarred(1, 999, true)).isFalse();
    }
}
