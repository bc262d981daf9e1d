package io.newsdesk.store;

import static io.newsdesk.store.TestEntries.NOW;
import static io.newsdesk.store.TestEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.store.testing.DatabaseTest;
import io.newsdesk.store.testing.TestDatabase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The selections reader apps make: scopes, filters, orders, cursors, and marking scopes read. */
class ReaderRepositoryTest {

    private static final long OWNER = 1;

    @DatabaseTest
    void scopesSelectAFeedACategoryTheUncategorizedOrEverything(Database db) {
        long world = subscribed(db, "https://world.example/feed", "News");
        long local = subscribed(db, "https://local.example/feed", "News");
        long blog = subscribed(db, "https://blog.example/feed", null);
        store(db, world, "w1");
        store(db, local, "l1");
        store(db, blog, "b1");
        long news = categoryId(db, "News");

        assertThat(titles(db, select().scope(FeedScope.feed(world)))).containsExactly("w1");
        assertThat(titles(db, select().scope(FeedScope.category(news)))).containsExactlyInAnyOrder("w1", "l1");
        assertThat(titles(db, select().scope(FeedScope.uncategorized()))).containsExactly("b1");
        assertThat(titles(db, select())).containsExactlyInAnyOrder("w1", "l1", "b1");
    }

    @DatabaseTest
    void filtersByReadStateStarsIdsAndTimes(Database db) {
        long feed = subscribed(db, "https://a.example/feed", null);
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Entry e = entry("e" + i, "e" + i).toBuilder().published(NOW.minusSeconds(400 - i * 100L)).build();
            ids.addAll(db.entries().upsert(feed, List.of(e), NOW.plusSeconds(i * 10L)).inserted());
        }
        db.entries().setRead(OWNER, List.of(ids.get(0)), true);
        db.reader().setStarred(OWNER, List.of(ids.get(1), ids.get(2)), true);

        assertThat(titles(db, select().status(ReadFilter.UNREAD))).containsExactlyInAnyOrder("e1", "e2", "e3");
        assertThat(titles(db, select().status(ReadFilter.READ))).containsExactly("e0");
        assertThat(titles(db, select().starred(true))).containsExactlyInAnyOrder("e1", "e2");
        assertThat(titles(db, select().starred(false))).containsExactlyInAnyOrder("e0", "e3");
        assertThat(titles(db, select().ids(List.of(ids.get(3), ids.get(0))))).containsExactlyInAnyOrder("e0", "e3");
        assertThat(titles(db, select().ids(List.of()))).isEmpty();
        assertThat(titles(db, select().afterId(ids.get(1)))).containsExactlyInAnyOrder("e2", "e3");
        assertThat(titles(db, select().beforeId(ids.get(1)))).containsExactly("e0");
        assertThat(titles(db, select().publishedAfter(NOW.minusSeconds(300)))).containsExactlyInAnyOrder("e2", "e3");
        assertThat(titles(db, select().publishedBefore(NOW.minusSeconds(300)))).containsExactly("e0");
        assertThat(titles(db, select().storedAfter(NOW.plusSeconds(20)))).containsExactlyInAnyOrder("e2", "e3");
        assertThat(titles(db, select().storedBefore(NOW.plusSeconds(10)))).containsExactlyInAnyOrder("e0", "e1");
        assertThat(titles(db, select().changedAfter(NOW.plusSeconds(25)))).containsExactly("e3");
        assertThat(titles(db, select().changedBefore(NOW.plusSeconds(5)))).containsExactly("e0");
    }

    @DatabaseTest
    void ordersByTheKeyInEitherDirectionAndBreaksTiesById(Database db) {
        long feed = subscribed(db, "https://a.example/feed", null);
        Instant sameTime = NOW.minusSeconds(100);
        List<Long> ids = db.entries().upsert(feed, List.of(
                entry("b", "Beta").toBuilder().published(sameTime).build(),
                entry("a", "Alpha").toBuilder().published(sameTime).build(),
                entry("c", "Gamma").toBuilder().published(NOW.minusSeconds(500)).build()), NOW).inserted();

        assertThat(idsOf(db, select().order(EntryOrder.PUBLISHED, true)))
                .containsExactly(ids.get(1), ids.get(0), ids.get(2));
        assertThat(idsOf(db, select().order(EntryOrder.PUBLISHED, false)))
                .containsExactly(ids.get(2), ids.get(0), ids.get(1));
        assertThat(titles(db, select().order(EntryOrder.TITLE, false))).containsExactly("Alpha", "Beta", "Gamma");
        assertThat(idsOf(db, select().order(EntryOrder.ID, true))).containsExactly(ids.get(2), ids.get(1), ids.get(0));
    }

    @DatabaseTest
    void ordersByStatusAndCategory(Database db) {
        long filed = subscribed(db, "https://filed.example/feed", "Zeta");
        long loose = subscribed(db, "https://loose.example/feed", null);
        long read = store(db, filed, "filed");
        store(db, loose, "loose");
        db.entries().setRead(OWNER, List.of(read), true);

        assertThat(titles(db, select().order(EntryOrder.STATUS, false))).containsExactly("filed", "loose");
        assertThat(titles(db, select().order(EntryOrder.CATEGORY_TITLE, false))).containsExactly("loose", "filed");
        assertThat(titles(db, select().order(EntryOrder.CATEGORY_ID, true))).containsExactly("filed", "loose");
    }

    @DatabaseTest
    void aCursorWalksEveryEntryOnceWhateverArrivesMeanwhile(Database db) {
        long feed = subscribed(db, "https://a.example/feed", null);
        List<Entry> entries = IntStream.range(0, 7)
                .mapToObj(i -> entry("e" + i, "e" + i).toBuilder().published(NOW.minusSeconds(i % 3 * 60L)).build())
                .toList();
        List<Long> all = db.entries().upsert(feed, entries, NOW).inserted();

        List<Long> walked = new ArrayList<>();
        Long cursor = null;
        for (int pages = 0; pages < 10; pages++) {
            List<Long> page = idsOf(db, select().after(cursor).page(3, 0));
            if (page.isEmpty()) {
                break;
            }
            walked.addAll(page);
            cursor = page.getLast();
            if (pages == 0) {
                // A new entry, newer than all, must not shift the pages that follow.
                db.entries().upsert(feed, List.of(entry("late", "late").toBuilder().published(NOW).build()), NOW);
            }
        }

        assertThat(walked).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(all);
        assertThat(walked).isEqualTo(idsOf(db, select().ids(all).page(10, 0)));
    }

    @DatabaseTest
    void aCursorEntryThatIsGoneEndsTheWalk(Database db) {
        long feed = subscribed(db, "https://a.example/feed", null);
        store(db, feed, "kept");

        assertThat(idsOf(db, select().after(999_999L))).isEmpty();
    }

    @Test
    void aCursorNeedsAnEntryColumnOrder() {
        assertThatThrownBy(() -> select().order(EntryOrder.TITLE, true).after(1L).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @DatabaseTest
    void pagesCountAndIdsAgreeWithTheListing(Database db) {
        long feed = subscribed(db, "https://a.example/feed", null);
        List<Long> ids = db.entries().upsert(feed, IntStream.range(0, 5)
                .mapToObj(i -> entry("e" + i, "e" + i).toBuilder().published(NOW.minusSeconds(i)).build())
                .toList(), NOW).inserted();

        EntrySelection second = select().page(2, 2).build();
        assertThat(db.reader().ids(OWNER, second)).containsExactly(ids.get(2), ids.get(3));
        assertThat(db.reader().list(OWNER, second)).extracting(StoredEntry::id).containsExactly(ids.get(2), ids.get(3));
        assertThat(db.reader().count(OWNER, second)).isEqualTo(5);
        assertThat(db.reader().count(OWNER, select().ids(List.of()).build())).isZero();
    }

    @DatabaseTest
    void marksAScopeReadUpToWhenEntriesWereStored(TestDatabase test) {
        Database db = test.database();
        long bob = test.addUser("bob");
        long news = subscribed(db, "https://news.example/feed", "News");
        long blog = subscribed(db, "https://blog.example/feed", null);
        db.feeds().subscribe(bob, news, null, null);
        long seen = store(db, news, "seen", NOW);
        long arrivedLater = store(db, news, "arrived later", NOW.plusSeconds(60));
        long elsewhere = store(db, blog, "elsewhere", NOW);

        int marked = db.reader().markRead(OWNER, FeedScope.category(categoryId(db, "News")), NOW);

        assertThat(marked).isEqualTo(1);
        assertThat(read(db, OWNER, seen)).isTrue();
        assertThat(read(db, OWNER, arrivedLater)).isFalse();
        assertThat(read(db, OWNER, elsewhere)).isFalse();
        assertThat(read(db, bob, seen)).isFalse();
        assertThat(db.reader().markRead(OWNER, FeedScope.uncategorized(), null)).isEqualTo(1);
        assertThat(read(db, OWNER, elsewhere)).isTrue();
        assertThat(db.reader().markRead(OWNER, FeedScope.all(), null)).isEqualTo(1);
        assertThat(read(db, OWNER, arrivedLater)).isTrue();
        assertThat(db.reader().markRead(OWNER, FeedScope.feed(news), null)).isZero();
    }

    @DatabaseTest
    void starsOnlyTheUsersOwnEntries(TestDatabase test) {
        Database db = test.database();
        long bob = test.addUser("bob");
        long feed = subscribed(db, "https://a.example/feed", null);
        long id = store(db, feed, "one");

        assertThat(db.reader().setStarred(bob, List.of(id), true)).isZero();
        assertThat(db.reader().setStarred(OWNER, List.of(id, 424_242L), true)).isEqualTo(1);
        assertThat(db.entries().find(OWNER, id).orElseThrow().starred()).isTrue();
        assertThat(db.reader().setStarred(OWNER, List.of(id), false)).isEqualTo(1);
        assertThat(db.entries().find(OWNER, id).orElseThrow().starred()).isFalse();
    }

    @DatabaseTest
    void knowsEachFeedsNewestEntryAndTheUsersOwnSettings(TestDatabase test) {
        Database db = test.database();
        long bob = test.addUser("bob");
        long feed = subscribed(db, "https://a.example/feed", "News");
        long empty = subscribed(db, "https://empty.example/feed", null);
        store(db, feed, "old", NOW);
        store(db, feed, "new", NOW.plusSeconds(30));
        db.feeds().subscribe(OWNER, empty, "My title", null);

        assertThat(db.reader().newestEntryTimes(OWNER)).containsOnlyKeys(feed).containsEntry(feed, NOW.plusSeconds(30));
        assertThat(db.reader().newestEntryTimes(bob)).isEmpty();
        assertThat(db.reader().subscription(OWNER, feed)).contains(new SubscriptionSettings(null, "News"));
        assertThat(db.reader().subscription(OWNER, empty)).contains(new SubscriptionSettings("My title", null));
        assertThat(db.reader().subscription(bob, feed)).isEmpty();
    }

    @DatabaseTest
    void anotherUsersSubscriptionsStayInvisible(TestDatabase test) {
        Database db = test.database();
        long bob = test.addUser("bob");
        long feed = subscribed(db, "https://a.example/feed", null);
        long id = store(db, feed, "owner's");

        EntrySelection everything = select().build();
        assertThat(db.reader().list(bob, everything)).isEmpty();
        assertThat(db.reader().ids(bob, select().ids(List.of(id)).build())).isEmpty();
        assertThat(db.reader().count(bob, everything)).isZero();
        assertThat(db.reader().markRead(bob, FeedScope.feed(feed), null)).isZero();
        assertThat(read(db, OWNER, id)).isFalse();
    }

    private static EntrySelection.Builder select() {
        return EntrySelection.builder().page(50, 0);
    }

    private static long subscribed(Database db, String url, String category) {
        long feedId = db.feeds().findOrCreate(url, FeedRepository.REMOTE);
        db.feeds().subscribe(OWNER, feedId, null, category);
        return feedId;
    }

    private static long store(Database db, long feed, String title) {
        return store(db, feed, title, NOW);
    }

    private static long store(Database db, long feed, String title, Instant now) {
        return db.entries().upsert(feed, List.of(entry(title, title)), now).inserted().getFirst();
    }

    private static long categoryId(Database db, String title) {
        return db.categories().list(OWNER).stream().filter(c -> c.title().equals(title)).findFirst().orElseThrow().id();
    }

    private static boolean read(Database db, long user, long entryId) {
        return db.entries().find(user, entryId).orElseThrow().read();
    }

    private static List<String> titles(Database db, EntrySelection.Builder selection) {
        return db.reader().list(OWNER, selection.build()).stream().map(e -> e.entry().title()).toList();
    }

    private static List<Long> idsOf(Database db, EntrySelection.Builder selection) {
        return db.reader().ids(OWNER, selection.build());
    }
}
