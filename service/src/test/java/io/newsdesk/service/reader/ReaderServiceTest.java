package io.newsdesk.service.reader;

import static io.newsdesk.service.NewsdeskException.Kind.CONFLICT;
import static io.newsdesk.service.NewsdeskException.Kind.NOT_FOUND;
import static io.newsdesk.service.testing.Feeds.item;
import static io.newsdesk.service.testing.NewsdeskAssertions.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsdesk.domain.Feed;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.testing.Feeds;
import io.newsdesk.service.testing.FixtureServer;
import io.newsdesk.service.testing.MutableClock;
import io.newsdesk.service.testing.TestNewsdesk;
import io.newsdesk.store.EntrySelection;
import io.newsdesk.store.FeedScope;
import io.newsdesk.store.ReadFilter;
import io.newsdesk.store.SubscriptionSettings;
import io.newsdesk.store.testing.DatabaseTest;
import io.newsdesk.store.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** The reader apps' view of one user's folders, feeds and entries, on both databases. */
class ReaderServiceTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final long USER = Newsdesk.OWNER;

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(NOW);
    private final FixtureServer site = FixtureServer.start();
    private Newsdesk newsdesk;
    private ReaderService reader;

    @AfterEach
    void tearDown() {
        if (newsdesk != null) {
            newsdesk.close();
        }
        site.close();
    }

    @DatabaseTest
    void foldersCountTheirFeedsAndUnreadEntries(TestDatabase database) {
        open(database);
        Feed world = subscribe("/world.xml", "News", 3);
        subscribe("/local.xml", "News", 2);
        subscribe("/blog.xml", null, 1);
        subscribe("/empty.xml", "Quiet", 0);
        reader.setRead(USER, entryIds(FeedScope.feed(world.id())).subList(0, 2), true);

        assertThat(reader.categories(USER))
                .extracting(ReaderCategory::title, ReaderCategory::feedCount, ReaderCategory::unread)
                .containsExactly(tuple("News", 2, 3), tuple("Quiet", 1, 0));
        long news = reader.categoryNamed(USER, "News").orElseThrow().id();
        assertThat(reader.category(USER, news).title()).isEqualTo("News");
        assertThat(reader.feed(USER, world.id()).categoryId()).isEqualTo(news);
        assertThat(reader.feeds(USER)).filteredOn(feed -> feed.feed().category() == null)
                .singleElement()
                .satisfies(feed -> {
                    assertThat(feed.categoryId()).isNull();
                    assertThat(feed.newestEntryAt()).isEqualTo(NOW);
                });
        assertThat(reader.feeds(USER)).filteredOn(feed -> feed.feed().title().equals("empty"))
                .singleElement()
                .satisfies(feed -> assertThat(feed.newestEntryAt()).isNull());
    }

    @DatabaseTest
    void selectsEntriesOfAFolderAndMarksItReadUpToAMoment(TestDatabase database) {
        open(database);
        subscribe("/world.xml", "News", 2);
        subscribe("/blog.xml", null, 1);
        long news = reader.categoryNamed(USER, "News").orElseThrow().id();

        assertThat(reader.count(USER, select(FeedScope.category(news)))).isEqualTo(2);
        assertThat(reader.entries(USER, select(FeedScope.uncategorized()))).hasSize(1);
        assertThat(reader.markRead(USER, FeedScope.category(news), NOW.minusSeconds(1))).isZero();
        assertThat(reader.markRead(USER, FeedScope.category(news), NOW)).isEqualTo(2);
        assertThat(reader.count(USER, EntrySelection.builder().status(ReadFilter.UNREAD).build())).isEqualTo(1);
    }

    @DatabaseTest
    void togglesAndSetsStarsAndRenamesAndRefilesFeeds(TestDatabase database) {
        open(database);
        Feed world = subscribe("/world.xml", "News", 2);
        List<Long> ids = entryIds(FeedScope.feed(world.id()));

        StoredEntry starred = reader.toggleStarred(USER, ids.getFirst());
        StoredEntry unstarred = reader.toggleStarred(USER, ids.getFirst());
        int both = reader.setStarred(USER, ids, true);
        reader.updateSubscription(USER, world.id(), new SubscriptionSettings("My world", "Elsewhere"));

        assertThat(starred.starred()).isTrue();
        assertThat(unstarred.starred()).isFalse();
        assertThat(both).isEqualTo(2);
        assertThat(reader.subscription(USER, world.id())).isEqualTo(new SubscriptionSettings("My world", "Elsewhere"));
        assertThat(reader.feed(USER, world.id()).feed().title()).isEqualTo("My world");
        assertThat(reader.feed(USER, world.id()).categoryId())
                .isEqualTo(reader.categoryNamed(USER, "Elsewhere").orElseThrow().id());
    }

    @DatabaseTest
    void subscribesUnderTheUsersTitleAndUnsubscribes(TestDatabase database) {
        open(database);
        site.serve("/new.xml", FixtureServer.Reply.rss(Feeds.rss("Their title", item("n1", "N1", NOW, "text"))));

        Feed feed = reader.subscribe(USER, site.url("/new.xml"), "My title", "Folder");

        assertThat(reader.feed(USER, feed.id()).feed().title()).isEqualTo("My title");
        assertThat(reader.subscription(USER, feed.id())).isEqualTo(new SubscriptionSettings("My title", "Folder"));
        assertFailsWith(CONFLICT, () -> reader.subscribe(USER, site.url("/new.xml"), null, null));
        reader.unsubscribe(USER, feed.id());
        assertFailsWith(NOT_FOUND, () -> reader.feed(USER, feed.id()));
    }

    @DatabaseTest
    void anotherUsersFeedsAndFoldersDoNotExist(TestDatabase database) {
        open(database);
        long other = database.addUser("second");
        Feed world = subscribe("/world.xml", "News", 1);
        long news = reader.categoryNamed(USER, "News").orElseThrow().id();
        long entry = entryIds(FeedScope.feed(world.id())).getFirst();

        assertThat(reader.categories(other)).isEmpty();
        assertThat(reader.feeds(other)).isEmpty();
        assertFailsWith(NOT_FOUND, () -> reader.feed(other, world.id())).hasMessage("no feed " + world.id());
        assertFailsWith(NOT_FOUND, () -> reader.category(other, news)).hasMessage("no category " + news);
        assertFailsWith(NOT_FOUND, () -> reader.entries(other, select(FeedScope.feed(world.id()))));
        assertFailsWith(NOT_FOUND, () -> reader.entryIds(other, select(FeedScope.category(news))));
        assertFailsWith(NOT_FOUND, () -> reader.markRead(other, FeedScope.feed(world.id()), null));
        assertFailsWith(NOT_FOUND, () -> reader.entry(other, entry)).hasMessage("no entry " + entry);
        assertFailsWith(NOT_FOUND, () -> reader.toggleStarred(other, entry));
        assertFailsWith(NOT_FOUND, () -> reader.subscription(other, world.id()));
        assertFailsWith(NOT_FOUND,
                () -> reader.updateSubscription(other, world.id(), new SubscriptionSettings("Mine", null)));
        assertThat(reader.setRead(other, List.of(entry), true)).isZero();
        assertThat(reader.setStarred(other, List.of(entry), true)).isZero();
        assertThat(reader.markRead(other, FeedScope.all(), null)).isZero();
        assertThat(reader.entry(USER, entry).read()).isFalse();
        assertThat(reader.subscription(USER, world.id())).isEqualTo(new SubscriptionSettings(null, "News"));
    }

    private void open(TestDatabase database) {
        newsdesk = TestNewsdesk.open(dataDir, database, clock);
        reader = newsdesk.reader();
    }

    /** Serves a feed with {@code entries} items at {@code path} and subscribes to it. */
    private Feed subscribe(String path, String category, int entries) {
        List<Feeds.Item> items = IntStream.range(0, entries)
                .mapToObj(i -> item(path + i, "Item " + i, NOW.minus(Duration.ofHours(i + 1)), "Text " + i))
                .toList();
        String name = path.substring(1, path.indexOf('.'));
        site.serve(path, FixtureServer.Reply.rss(Feeds.rss(name, 0, items)));
        return newsdesk.feeds().add(USER, site.url(path), category);
    }

    private List<Long> entryIds(FeedScope scope) {
        return reader.entryIds(USER, select(scope));
    }

    private static EntrySelection select(FeedScope scope) {
        return EntrySelection.builder().scope(scope).build();
    }
}
