package io.newsdesk.store;

import static io.newsdesk.store.TestEntries.NOW;
import static io.newsdesk.store.TestEntries.entry;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.domain.Feed;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.domain.FeedFormat;
import io.newsdesk.domain.PollState;
import io.newsdesk.store.testing.DatabaseTest;
import io.newsdesk.store.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

class FeedRepositoryTest {

    @DatabaseTest
    void findOrCreateReturnsTheSameIdForTheSameUrl(Database db) {
        long first = db.feeds().findOrCreate("https://a.example/feed", FeedRepository.REMOTE);
        long again = db.feeds().findOrCreate("https://a.example/feed", FeedRepository.REMOTE);
        long other = db.feeds().findOrCreate("https://b.example/feed", FeedRepository.REMOTE);

        assertThat(again).isEqualTo(first);
        assertThat(other).isNotEqualTo(first);
        assertThat(db.feeds().idByUrl("https://a.example/feed")).contains(first);
        assertThat(db.feeds().idByUrl("https://c.example/feed")).isEmpty();
    }

    @DatabaseTest
    void findOrCreateRejectsAnUnknownKindOrBlankUrl(Database db) {
        assertThatThrownBy(() -> db.feeds().findOrCreate("https://a.example/feed", "ftp"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'remote' or 'local'");
        assertThatThrownBy(() -> db.feeds().findOrCreate(" ", FeedRepository.REMOTE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @DatabaseTest
    void subscribeFilesTheFeedAndResubscribingUpdatesIt(Database db) {
        long feed = db.feeds().findOrCreate("https://a.example/feed", FeedRepository.REMOTE);

        db.feeds().subscribe(1, feed, "My title", "World");
        Feed filed = db.feeds().find(1, feed).orElseThrow();
        db.feeds().subscribe(1, feed, null, "Business");
        Feed refiled = db.feeds().find(1, feed).orElseThrow();

        assertThat(filed.title()).isEqualTo("My title");
        assertThat(filed.category()).isEqualTo("World");
        assertThat(refiled.title()).isEqualTo("https://a.example/feed");
        assertThat(refiled.category()).isEqualTo("Business");
        assertThat(db.categories().list(1)).extracting(Category::title).containsExactly("Business", "World");
    }

    @DatabaseTest
    void subscribingToAMissingFeedFailsClearly(Database db) {
        assertThatThrownBy(() -> db.feeds().subscribe(1, 404, null, "World"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no feed 404");
        assertThat(db.categories().list(1)).isEmpty();
    }

    @DatabaseTest
    void aUserSeesOnlyTheFeedsTheySubscribeTo(TestDatabase test) {
        Database db = test.database();
        long bob = test.addUser("bob");
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");

        assertThat(db.feeds().find(1, feed)).isPresent();
        assertThat(db.feeds().find(bob, feed)).isEmpty();
        assertThat(db.feeds().list(bob)).isEmpty();
    }

    @DatabaseTest
    void twoSubscribersShareOneFeedWithTheirOwnTitlesAndCategories(TestDatabase test) {
        Database db = test.database();
        long bob = test.addUser("bob");
        long feed = db.feeds().findOrCreate("https://a.example/feed", FeedRepository.REMOTE);

        db.feeds().subscribe(1, feed, "Owner's name", "News");
        db.feeds().subscribe(bob, feed, "Bob's name", "Reading");

        assertThat(db.feeds().find(1, feed).orElseThrow().title()).isEqualTo("Owner's name");
        assertThat(db.feeds().find(bob, feed).orElseThrow().category()).isEqualTo("Reading");
        assertThat(db.categories().list(1)).extracting(Category::title).containsExactly("News");
    }

    @DatabaseTest
    void listsFeedsByCategoryThenTitleWithCounts(Database db) {
        long zebra = subscribe(db, "https://z.example/", "Zebra news", "World");
        long apple = subscribe(db, "https://a.example/", "apple daily", "World");
        long loose = subscribe(db, "https://l.example/", "Loose feed", null);
        long market = subscribe(db, "https://m.example/", "Markets", "Business");
        List<Long> entries = db.entries().upsert(apple, List.of(entry("1", "One"), entry("2", "Two")), NOW).inserted();
        db.entries().setRead(1, List.of(entries.getFirst()), true);

        List<FeedSummary> summaries = db.feeds().list(1);

        assertThat(summaries).extracting(s -> s.feed().id()).containsExactly(market, apple, zebra, loose);
        FeedSummary appleSummary = summaries.get(1);
        assertThat(appleSummary.total()).isEqualTo(2);
        assertThat(appleSummary.unread()).isEqualTo(1);
        assertThat(summaries.get(0).total()).isZero();
    }

    @DatabaseTest
    void dueListsSubscribedEnabledRemoteFeedsOldestFirst(Database db) {
        long late = subscribe(db, "https://late.example/", null, null);
        long early = subscribe(db, "https://early.example/", null, null);
        long future = subscribe(db, "https://future.example/", null, null);
        long disabled = subscribe(db, "https://gone.example/", null, null);
        long local = db.feeds().findOrCreate("local:imports", FeedRepository.LOCAL);
        db.feeds().subscribe(1, local, null, null);
        db.feeds().findOrCreate("https://nobody.example/", FeedRepository.REMOTE);
        db.feeds().recordPoll(late, poll(NOW.minusSeconds(60), false));
        db.feeds().recordPoll(early, poll(NOW.minusSeconds(3600), false));
        db.feeds().recordPoll(future, poll(NOW.plusSeconds(60), false));
        db.feeds().recordPoll(disabled, poll(NOW.minusSeconds(7200), true));

        List<DueFeed> due = db.feeds().due(NOW, 10);

        assertThat(due).extracting(DueFeed::id).containsExactly(early, late);
        assertThat(db.feeds().due(NOW, 1)).extracting(DueFeed::id).containsExactly(early);
        DueFeed first = due.getFirst();
        assertThat(first.url()).isEqualTo("https://early.example/");
        assertThat(first.etag()).isEqualTo("\"v1\"");
        assertThat(first.lastModified()).isEqualTo("Thu, 19 Nov 2026 10:00:00 GMT");
        assertThat(first.interval()).isEqualTo(Duration.ofMinutes(30));
        assertThat(first.errorCount()).isEqualTo(2);
    }

    @DatabaseTest
    void theNextCheckIsTheEarliestScheduledAmongTheFeedsDueWouldList(Database db) {
        assertThat(db.feeds().nextCheckAfter(NOW)).isEmpty();
        long soon = subscribe(db, "https://soon.example/", null, null);
        long later = subscribe(db, "https://later.example/", null, null);
        long disabled = subscribe(db, "https://gone.example/", null, null);
        long unsubscribed = db.feeds().findOrCreate("https://nobody.example/", FeedRepository.REMOTE);
        db.feeds().recordPoll(soon, poll(NOW.plusSeconds(60), false));
        db.feeds().recordPoll(later, poll(NOW.plusSeconds(600), false));
        db.feeds().recordPoll(disabled, poll(NOW.plusSeconds(10), true));
        db.feeds().recordPoll(unsubscribed, poll(NOW.plusSeconds(10), false));

        assertThat(db.feeds().nextCheckAfter(NOW)).contains(NOW.plusSeconds(60));
        assertThat(db.feeds().nextCheckAfter(NOW.plusSeconds(60))).as("after, not at").contains(NOW.plusSeconds(600));
        assertThat(db.feeds().nextCheckAfter(NOW.plusSeconds(600))).isEmpty();
    }

    @DatabaseTest
    void aNewFeedIsDueAtOnce(Database db) {
        long feed = subscribe(db, "https://new.example/", null, null);

        assertThat(db.feeds().due(NOW, 10)).extracting(DueFeed::id).containsExactly(feed);
        assertThat(db.feeds().due(NOW, 10).getFirst().interval()).isNull();
    }

    @DatabaseTest
    void recordPollIsVisibleInTheFeed(Database db) {
        long feed = subscribe(db, "https://a.example/", null, null);
        PollState state = poll(NOW.plusSeconds(1800), false);

        db.feeds().recordPoll(feed, state);

        assertThat(db.feeds().find(1, feed).orElseThrow().poll()).isEqualTo(state);
    }

    @DatabaseTest
    void updateMetadataKeepsOldValuesWhereTheNewParseHasNone(Database db) {
        long feed = subscribe(db, "https://a.example/feed", null, null);
        db.feeds().updateMetadata(feed, FeedMetadata.of(new FeedDocument(FeedFormat.RSS20, "Harbour Times",
                "https://harbourtimes.example/", null, "News from the port", "en", null, null, null, null)));

        db.feeds().updateMetadata(feed, new FeedMetadata(" ", null, null, null, null, FeedFormat.ATOM10));

        Feed stored = db.feeds().find(1, feed).orElseThrow();
        assertThat(stored.title()).isEqualTo("Harbour Times");
        assertThat(stored.siteUrl()).isEqualTo("https://harbourtimes.example/");
        assertThat(stored.description()).isEqualTo("News from the port");
        assertThat(stored.format()).isEqualTo(FeedFormat.ATOM10);
    }

    @DatabaseTest
    void updatesOfADeletedFeedAreDropped(Database db) {
        db.feeds().updateMetadata(77, new FeedMetadata("Title", null, null, null, null, null));
        db.feeds().recordPoll(77, poll(NOW, false));

        assertThat(db.feeds().idByUrl("https://a.example/")).isEmpty();
    }

    @DatabaseTest
    void changeUrlMovesTheFeedUnlessAnotherFeedHasTheUrl(Database db) {
        long feed = subscribe(db, "https://old.example/feed", null, null);
        long other = subscribe(db, "https://taken.example/feed", null, null);

        assertThat(db.feeds().changeUrl(feed, "https://new.example/feed")).isTrue();
        assertThat(db.feeds().changeUrl(feed, "https://new.example/feed")).isTrue();
        assertThat(db.feeds().changeUrl(feed, "https://taken.example/feed")).isFalse();

        assertThat(db.feeds().find(1, feed).orElseThrow().url()).isEqualTo("https://new.example/feed");
        assertThat(db.feeds().idByUrl("https://taken.example/feed")).contains(other);
        assertThatThrownBy(() -> db.feeds().changeUrl(404, "https://x.example/"))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("no feed 404");
    }

    private static long subscribe(Database db, String url, String title, String category) {
        long feed = db.feeds().findOrCreate(url, FeedRepository.REMOTE);
        db.feeds().subscribe(1, feed, title, category);
        return feed;
    }

    private static PollState poll(Instant next, boolean disabled) {
        return new PollState(NOW.minusSeconds(7200), next, Duration.ofMinutes(30), 2, "HTTP 503", 503,
                "\"v1\"", "Thu, 19 Nov 2026 10:00:00 GMT", disabled);
    }
}
