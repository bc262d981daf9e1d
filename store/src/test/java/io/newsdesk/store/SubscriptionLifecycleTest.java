package io.newsdesk.store;

import static io.newsdesk.store.TestEntries.NOW;
import static io.newsdesk.store.TestEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.store.testing.DatabaseTest;
import io.newsdesk.store.testing.TestDatabase;
import java.util.List;

class SubscriptionLifecycleTest {

    @DatabaseTest
    void theLastUnsubscribeDeletesTheFeedItsEntriesAndStateAndLeavesATombstone(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        long entry = db.entries().upsert(feed, List.of(entry("1", "One")), NOW).inserted().getFirst();
        db.entries().setStarred(1, entry, true);

        assertThat(db.feeds().unsubscribe(1, feed)).isTrue();

        assertThat(db.feeds().idByUrl("https://a.example/feed")).isEmpty();
        assertThat(db.entries().find(1, entry)).isEmpty();
        assertThat(db.entries().pendingIndex(10)).isEmpty();
        assertThat(db.tombstones().pending(10)).singleElement().satisfies(tombstone -> {
            assertThat(tombstone.feedId()).isEqualTo(feed);
            assertThat(tombstone.entryId()).isNull();
        });
        // The entry is gone, so re-adding the feed starts from scratch.
        long again = TestEntries.subscribedFeed(db, "https://a.example/feed");
        long reinserted = db.entries().upsert(again, List.of(entry("1", "One")), NOW).inserted().getFirst();
        assertThat(reinserted).isNotEqualTo(entry);
        assertThat(db.entries().find(1, reinserted).orElseThrow().starred()).isFalse();
    }

    @DatabaseTest
    void unsubscribingWhileOthersStaySubscribedKeepsTheFeedAndForgetsOnlyThatUsersState(TestDatabase test) {
        Database db = test.database();
        long bob = test.addUser("bob");
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        db.feeds().subscribe(bob, feed, null, null);
        long entry = db.entries().upsert(feed, List.of(entry("1", "One")), NOW).inserted().getFirst();
        db.entries().setRead(1, List.of(entry), true);
        db.entries().setRead(bob, List.of(entry), true);

        assertThat(db.feeds().unsubscribe(1, feed)).isTrue();

        assertThat(db.entries().find(bob, entry).orElseThrow().read()).isTrue();
        assertThat(db.entries().find(1, entry)).isEmpty();
        assertThat(db.tombstones().pending(10)).isEmpty();
        db.feeds().subscribe(1, feed, null, null);
        assertThat(db.entries().find(1, entry).orElseThrow().read()).isFalse();
    }

    @DatabaseTest
    void unsubscribingFromAFeedOneIsNotSubscribedToChangesNothing(TestDatabase test) {
        Database db = test.database();
        long bob = test.addUser("bob");
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");

        assertThat(db.feeds().unsubscribe(bob, feed)).isFalse();

        assertThat(db.feeds().find(1, feed)).isPresent();
        assertThat(db.tombstones().pending(10)).isEmpty();
    }

    @DatabaseTest
    void resubscribingWithoutACategoryLeavesTheFeedUncategorized(Database db) {
        long feed = db.feeds().findOrCreate("https://a.example/feed", FeedRepository.REMOTE);
        db.feeds().subscribe(1, feed, null, "World");

        db.feeds().subscribe(1, feed, null, null);

        assertThat(db.feeds().find(1, feed).orElseThrow().category()).isNull();
        assertThat(db.categories().list(1)).extracting(Category::title).containsExactly("World");
    }
}
