package io.newsdesk.service.feeds;

import static io.newsdesk.service.testing.Feeds.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Feed;
import io.newsdesk.domain.PollState;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.fetch.FetchSettings;
import io.newsdesk.fetch.Fetcher;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.testing.Feeds;
import io.newsdesk.service.testing.FixtureServer;
import io.newsdesk.service.testing.FixtureServer.Reply;
import io.newsdesk.service.testing.MutableClock;
import io.newsdesk.store.Database;
import io.newsdesk.store.Dialect;
import io.newsdesk.store.EntryQuery;
import io.newsdesk.store.testing.TestDatabase;
import io.newsdesk.store.testing.TestDatabases;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FeedRefresherTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Duration MIN = Duration.ofMinutes(10);
    private static final Duration MAX = Duration.ofHours(24);
    private static final String LAST_MODIFIED = "Fri, 20 Nov 2026 11:00:00 GMT";

    private final MutableClock clock = new MutableClock(NOW);
    private final AtomicInteger storedSignals = new AtomicInteger();
    private TestDatabase testDatabase;
    private Database database;
    private Fetcher fetcher;
    private FixtureServer server;
    private FeedRefresher refresher;

    @BeforeEach
    void setUp() {
        testDatabase = TestDatabases.create(Dialect.SQLITE, clock);
        database = testDatabase.database();
        fetcher = new Fetcher(FetchSettings.builder().allowPrivateNetworks(true).build());
        server = FixtureServer.start();
        // nextDouble() of 0.5 makes the jitter factor exactly 1, so times can be compared exactly.
        refresher = new FeedRefresher(database, fetcher, new PollPolicy(MIN, MAX, () -> Long.MIN_VALUE), clock,
                storedSignals::incrementAndGet);
    }

    @AfterEach
    void tearDown() {
        server.close();
        fetcher.close();
        testDatabase.close();
    }

    @Test
    void storesTheEntriesOfA200AndRecordsTheCheckWithItsValidators() {
        server.serve("/feed", Reply.rss(twoItems()).header("ETag", "\"v1\"").header("Last-Modified", LAST_MODIFIED));
        long feedId = subscribe("/feed");

        RefreshOutcome outcome = refresher.refresh(target(feedId));

        assertThat(outcome.status()).isEqualTo(RefreshOutcome.Status.UPDATED);
        assertThat(outcome.inserted()).isEqualTo(2);
        assertThat(titles()).containsExactly("Second story", "First story");
        assertThat(storedSignals).hasValue(1);
        Feed feed = feed(feedId);
        assertThat(feed.title()).isEqualTo("Harbour");
        PollState poll = feed.poll();
        assertThat(poll.lastCheckedAt()).isEqualTo(NOW);
        assertThat(poll.lastStatus()).isEqualTo(200);
        assertThat(poll.errorCount()).isZero();
        assertThat(poll.lastError()).isNull();
        assertThat(poll.etag()).isEqualTo("\"v1\"");
        assertThat(poll.lastModified()).isEqualTo(LAST_MODIFIED);
        // Two entries in the last week: 3.5 days, clamped to the longest interval.
        assertThat(poll.interval()).isEqualTo(MAX);
        assertThat(poll.nextCheckAt()).isEqualTo(NOW.plus(MAX)).isEqualTo(outcome.nextCheckAt());
    }

    @Test
    void sendsTheValidatorsAndRecordsNotModifiedOn304() {
        server.route("/feed", request -> "\"v1\"".equals(request.header("If-None-Match"))
                ? Reply.status(304)
                : Reply.rss(twoItems()).header("ETag", "\"v1\"").header("Last-Modified", LAST_MODIFIED));
        long feedId = subscribe("/feed");
        refresher.refresh(target(feedId));
        clock.advance(Duration.ofHours(25));

        RefreshOutcome outcome = refresher.refresh(target(feedId));

        assertThat(outcome.status()).isEqualTo(RefreshOutcome.Status.NOT_MODIFIED);
        FixtureServer.Request second = server.requests("/feed").get(1);
        assertThat(second.header("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(second.header("If-Modified-Since")).isEqualTo(LAST_MODIFIED);
        PollState poll = feed(feedId).poll();
        assertThat(poll.lastStatus()).isEqualTo(304);
        assertThat(poll.lastCheckedAt()).isEqualTo(clock.instant());
        assertThat(poll.etag()).isEqualTo("\"v1\"");
        assertThat(poll.lastModified()).isEqualTo(LAST_MODIFIED);
        assertThat(poll.nextCheckAt()).isEqualTo(clock.instant().plus(MAX));
        assertThat(titles()).hasSize(2);
        assertThat(storedSignals).hasValue(1);
    }

    @Test
    void failuresAreRecordedAndBackedOffWithoutLosingWhatWasStored() {
        AtomicInteger status = new AtomicInteger(200);
        server.route("/feed", request -> status.get() == 200
                ? Reply.rss(twoItems()).header("ETag", "\"v1\"")
                : Reply.status(status.get()));
        long feedId = subscribe("/feed");
        refresher.refresh(target(feedId));

        status.set(404);
        RefreshOutcome notFound = refresher.refresh(target(feedId));

        assertThat(notFound.failed()).isTrue();
        assertThat(notFound.error()).contains("404");
        PollState afterNotFound = feed(feedId).poll();
        assertThat(afterNotFound.errorCount()).isEqualTo(1);
        assertThat(afterNotFound.lastError()).contains("HTTP 404");
        assertThat(afterNotFound.lastStatus()).isEqualTo(404);
        assertThat(afterNotFound.nextCheckAt()).isEqualTo(NOW.plus(MIN));
        assertThat(afterNotFound.etag()).as("validators survive a failure").isEqualTo("\"v1\"");
        assertThat(afterNotFound.interval()).as("the healthy rhythm survives a failure").isEqualTo(MAX);

        status.set(500);
        RefreshOutcome serverError = refresher.refresh(target(feedId));

        assertThat(serverError.error()).contains("500");
        PollState afterServerError = feed(feedId).poll();
        assertThat(afterServerError.errorCount()).isEqualTo(2);
        assertThat(afterServerError.lastError()).contains("HTTP 500");
        assertThat(afterServerError.nextCheckAt()).isEqualTo(NOW.plus(MIN.multipliedBy(2)));
        assertThat(afterServerError.disabled()).isFalse();
        assertThat(titles()).containsExactly("Second story", "First story");

        status.set(200);
        refresher.refresh(target(feedId));

        assertThat(feed(feedId).poll().errorCount()).isZero();
        assertThat(feed(feedId).poll().lastError()).isNull();
    }

    @Test
    void goneDisablesTheFeed() {
        server.serve("/feed", Reply.status(410));
        long feedId = subscribe("/feed");

        RefreshOutcome outcome = refresher.refresh(target(feedId));

        assertThat(outcome.failed()).isTrue();
        assertThat(feed(feedId).poll().disabled()).isTrue();
        assertThat(feed(feedId).poll().lastError()).contains("410");
        assertThat(database.feeds().due(NOW.plus(Duration.ofDays(365)), 10)).isEmpty();
    }

    @Test
    void aBodyThatIsNotAFeedFailsWithAClearMessage() {
        server.serve("/feed", Reply.ok("text/html", "<!DOCTYPE html><html><head><title>Hi</title></head><body><p>Just a page</p></body></html>"));
        long feedId = subscribe("/feed");

        RefreshOutcome outcome = refresher.refresh(target(feedId));

        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.error()).containsIgnoringCase("not a feed").containsIgnoringCase("HTML");
        assertThat(feed(feedId).poll().lastError()).isEqualTo(outcome.error());
        assertThat(feed(feedId).poll().lastStatus()).as("the server answered; the content was wrong").isEqualTo(200);
        assertThat(feed(feedId).poll().errorCount()).isEqualTo(1);
    }

    @Test
    void anImageIsNamedForWhatItIs() {
        server.serve("/feed", new Reply(200, Map.of("Content-Type", "image/jpeg"),
                new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 0x10, 'J', 'F', 'I', 'F', 0}));
        long feedId = subscribe("/feed");

        RefreshOutcome outcome = refresher.refresh(target(feedId));

        assertThat(outcome.error()).isEqualTo("not a feed: the server sent image/jpeg content");
    }

    @Test
    void permanentRedirectsMoveTheFeed() {
        server.serve("/old-301", Reply.redirect(301, server.url("/new-301")));
        server.serve("/new-301", Reply.rss(twoItems()));
        server.serve("/old-308", Reply.redirect(308, server.url("/new-308")));
        server.serve("/new-308", Reply.rss(twoItems()));
        long moved301 = subscribe("/old-301");
        long moved308 = subscribe("/old-308");

        RefreshOutcome outcome = refresher.refresh(target(moved301));
        refresher.refresh(target(moved308));

        assertThat(outcome.url()).isEqualTo(server.url("/new-301"));
        assertThat(feed(moved301).url()).isEqualTo(server.url("/new-301"));
        assertThat(feed(moved308).url()).isEqualTo(server.url("/new-308"));
    }

    @Test
    void temporaryRedirectsKeepTheFeedWhereItIs() {
        server.serve("/old", Reply.redirect(302, server.url("/elsewhere")));
        server.serve("/elsewhere", Reply.rss(twoItems()));
        long feedId = subscribe("/old");

        RefreshOutcome outcome = refresher.refresh(target(feedId));

        assertThat(outcome.status()).isEqualTo(RefreshOutcome.Status.UPDATED);
        assertThat(outcome.url()).isEqualTo(server.url("/old"));
        assertThat(feed(feedId).url()).isEqualTo(server.url("/old"));
    }

    @Test
    void retryAfterIsRespectedUpToSevenDays() {
        server.serve("/busy", Reply.status(503).header("Retry-After", "7200"));
        server.serve("/away", Reply.status(429).header("Retry-After", String.valueOf(Duration.ofDays(30).toSeconds())));
        long busy = subscribe("/busy");
        long away = subscribe("/away");

        refresher.refresh(target(busy));
        refresher.refresh(target(away));

        assertThat(feed(busy).poll().nextCheckAt()).isEqualTo(NOW.plus(Duration.ofHours(2)));
        assertThat(feed(busy).poll().lastStatus()).isEqualTo(503);
        assertThat(feed(away).poll().nextCheckAt()).isEqualTo(NOW.plus(Duration.ofDays(7)));
    }

    @Test
    void cacheHintsLengthenTheInterval() {
        // 56 entries in the last week: one every three hours.
        String busyFeed = Feeds.rss("Busy", 0, everyThreeHours());
        server.serve("/plain", Reply.rss(busyFeed));
        server.serve("/ttl", Reply.rss(Feeds.rss("Busy", 360, everyThreeHours())));
        server.serve("/max-age", Reply.rss(busyFeed).header("Cache-Control", "public, max-age=43200"));
        long plain = subscribe("/plain");
        long ttl = subscribe("/ttl");
        long maxAge = subscribe("/max-age");

        refresher.refresh(target(plain));
        refresher.refresh(target(ttl));
        refresher.refresh(target(maxAge));

        assertThat(feed(plain).poll().interval()).isEqualTo(Duration.ofHours(3));
        assertThat(feed(ttl).poll().interval()).isEqualTo(Duration.ofHours(6));
        assertThat(feed(maxAge).poll().interval()).isEqualTo(Duration.ofHours(12));
        assertThat(feed(maxAge).poll().nextCheckAt()).isEqualTo(NOW.plus(Duration.ofHours(12)));
    }

    @Test
    void anInterruptedCheckRecordsNothing() {
        server.serve("/feed", Reply.rss(twoItems()));
        long feedId = subscribe("/feed");
        PollState before = feed(feedId).poll();

        Thread.currentThread().interrupt();
        RefreshOutcome outcome;
        try {
            outcome = refresher.refresh(target(feedId));
        } finally {
            Thread.interrupted();
        }

        assertThat(outcome.failed()).isTrue();
        assertThat(outcome.nextCheckAt()).isNull();
        assertThat(feed(feedId).poll()).isEqualTo(before);
    }

    private String twoItems() {
        return Feeds.rss("Harbour",
                item("first", "First story", NOW.minus(Duration.ofHours(5)), "The first."),
                item("second", "Second story", NOW.minus(Duration.ofHours(2)), "The second."));
    }

    private static List<Feeds.Item> everyThreeHours() {
        List<Feeds.Item> items = new ArrayList<>();
        for (int i = 0; i < 56; i++) {
            items.add(item("story-" + i, "Story " + i, NOW.minus(Duration.ofHours(3L * i)), "Text " + i));
        }
        return items;
    }

    private long subscribe(String path) {
        long feedId = database.feeds().findOrCreate(server.url(path), "remote");
        database.feeds().subscribe(Newsdesk.OWNER, feedId, null, null);
        return feedId;
    }

    private Feed feed(long feedId) {
        return database.feeds().find(Newsdesk.OWNER, feedId).orElseThrow();
    }

    private PollTarget target(long feedId) {
        return PollTarget.of(feed(feedId));
    }

    private List<String> titles() {
        return database.entries().list(Newsdesk.OWNER, EntryQuery.latest(100)).items().stream()
                .map(StoredEntry::entry)
                .map(entry -> entry.title())
                .toList();
    }
}
