package io.newsdesk.service.feeds;

import static io.newsdesk.service.NewsdeskException.Kind.CONFLICT;
import static io.newsdesk.service.NewsdeskException.Kind.INVALID;
import static io.newsdesk.service.NewsdeskException.Kind.UPSTREAM;
import static io.newsdesk.service.testing.Feeds.item;
import static io.newsdesk.service.testing.NewsdeskAssertions.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Feed;
import io.newsdesk.domain.FeedFormat;
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
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Subscribing by URL: what leads to a feed, and what is refused with which reason. */
class FeedServiceAddTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final long USER = Newsdesk.OWNER;
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1f, 0x15, (byte) 0xc4, (byte) 0x89};

    private final MutableClock clock = new MutableClock(NOW);
    private final AtomicInteger changes = new AtomicInteger();
    private TestDatabase testDatabase;
    private Database database;
    private Fetcher fetcher;
    private FixtureServer server;
    private FeedService feeds;

    @BeforeEach
    void setUp() {
        testDatabase = TestDatabases.create(Dialect.SQLITE, clock);
        database = testDatabase.database();
        // Short timeouts, so that a server that never answers fails the add quickly.
        fetcher = new Fetcher(FetchSettings.builder()
                .allowPrivateNetworks(true)
                .idleTimeout(Duration.ofSeconds(1))
                .totalTimeout(Duration.ofSeconds(2))
                .build());
        server = FixtureServer.start();
        PollPolicy policy = new PollPolicy(Duration.ofMinutes(10), Duration.ofHours(24), () -> Long.MIN_VALUE);
        FeedRefresher refresher = new FeedRefresher(database, fetcher, policy, clock, () -> { });
        feeds = new FeedService(database, refresher, new HostLimits(4, 2), new HostPauses(clock, Duration.ofHours(24)),
                new ChecksInFlight(), changes::incrementAndGet, clock);
        server.serve("/rss", Reply.rss(Feeds.rss("Harbour Times",
                item("a", "Port strike ends", NOW.minus(Duration.ofHours(3)), "Deal agreed."),
                item("b", "Storm Idris nears", NOW.minus(Duration.ofHours(1)), "Gusts expected."))));
    }

    @AfterEach
    void tearDown() {
        server.close();
        fetcher.close();
        testDatabase.close();
    }

    @Test
    void addsAFeedByItsUrlAndStoresItsEntriesAtOnce() {
        Feed feed = feeds.add(USER, server.url("/rss"), "  World  ");

        assertThat(feed.url()).isEqualTo(server.url("/rss"));
        assertThat(feed.title()).isEqualTo("Harbour Times");
        assertThat(feed.category()).isEqualTo("World");
        assertThat(feed.format()).isEqualTo(FeedFormat.RSS20);
        assertThat(feed.local()).isFalse();
        assertThat(feed.poll().lastStatus()).isEqualTo(200);
        assertThat(feed.poll().nextCheckAt()).isAfter(NOW);
        assertThat(feeds.get(USER, feed.id()).total()).isEqualTo(2);
        assertThat(database.entries().list(USER, EntryQuery.latest(10)).items())
                .extracting(stored -> stored.entry().title())
                .containsExactly("Storm Idris nears", "Port strike ends");
        assertThat(changes).hasValue(1);
    }

    @Test
    void aFeedOnAPrivateAddressIsRefusedWithHowToAllowIt() {
        try (Fetcher publicOnly = new Fetcher(FetchSettings.defaults())) {
            FeedRefresher refresher = new FeedRefresher(database, publicOnly,
                    new PollPolicy(Duration.ofMinutes(10), Duration.ofHours(24), () -> Long.MIN_VALUE), clock, () -> { });
            FeedService guarded = new FeedService(database, refresher, new HostLimits(4, 2),
                    new HostPauses(clock, Duration.ofHours(24)), new ChecksInFlight(), changes::incrementAndGet, clock);

            assertFailsWith(UPSTREAM, () -> guarded.add(USER, server.url("/rss"), null))
                    .hasMessageContaining("private networks are not allowed")
                    .hasMessageContaining("--allow-private-networks");
        }
        assertThat(server.requests("/rss")).isEmpty();
        assertThat(feeds.list(USER)).isEmpty();
    }

    @Test
    void addsTheFeedAPageAnnounces() {
        server.serve("/", Reply.ok("text/html; charset=utf-8", Feeds.pageAnnouncing(
                "application/json", "/wp-json/wp/v2/pages/2",
                "application/rss+xml", "/rss")));

        Feed feed = feeds.add(USER, server.url("/"), null);

        assertThat(feed.url()).isEqualTo(server.url("/rss"));
        assertThat(feed.title()).isEqualTo("Harbour Times");
        assertThat(feed.category()).isNull();
        assertThat(server.requests("/wp-json/wp/v2/pages/2")).isEmpty();
    }

    @Test
    void refusesAFeedTheUserAlreadyHasHoweverItIsReached() {
        Feed feed = feeds.add(USER, server.url("/rss"), null);
        server.serve("/", Reply.ok("text/html", Feeds.pageAnnouncing("application/rss+xml", "/rss")));
        String shouted = server.url("/rss").replace("http://", "HTTP://");

        assertFailsWith(CONFLICT, () -> feeds.add(USER, shouted, null))
                .hasMessage("already subscribed to " + server.url("/rss") + " (feed " + feed.id() + ")");
        assertFailsWith(CONFLICT, () -> feeds.add(USER, server.url("/"), null))
                .hasMessageContaining(server.url("/rss"));
        assertThat(feeds.list(USER)).hasSize(1);
    }

    @Test
    void aMissingFeedIsAnUpstreamErrorNamingUrlAndStatus() {
        String url = server.url("/missing");

        assertFailsWith(UPSTREAM, () -> feeds.add(USER, url, null))
                .hasMessage("could not fetch " + url + ": HTTP 404 Not Found");
        assertThat(feeds.list(USER)).isEmpty();
    }

    @Test
    void aServerThatDoesNotAnswerTimesOut() {
        server.stall("/slow");
        String url = server.url("/slow");

        assertFailsWith(UPSTREAM, () -> feeds.add(USER, url, null))
                .hasMessageStartingWith("could not fetch " + url + ": ")
                .hasMessageContainingAll("timed out");
        assertThat(feeds.list(USER)).isEmpty();
    }

    @Test
    void anImageIsNotAFeed() {
        server.serve("/logo.png", new Reply(200, Map.of("Content-Type", "image/png"), PNG));
        String url = server.url("/logo.png");

        assertFailsWith(UPSTREAM, () -> feeds.add(USER, url, null))
                .hasMessage("not a feed at " + url + ": the server sent image/png content");
        assertThat(feeds.list(USER)).isEmpty();
    }

    @Test
    void textThatIsNotAFeedIsRefusedWithTheReason() {
        server.serve("/data.json", Reply.ok("application/json", "{\"status\": \"ok\"}"));
        server.serve("/page", Reply.ok("text/html", Feeds.pageAnnouncing()));
        String json = server.url("/data.json");
        String page = server.url("/page");

        assertFailsWith(UPSTREAM, () -> feeds.add(USER, json, null))
                .hasMessageStartingWith("not a feed at " + json + ": ")
                .hasMessageNotContaining("not a feed: ");
        assertFailsWith(UPSTREAM, () -> feeds.add(USER, page, null))
                .hasMessageStartingWith("no feed found at " + page + ": it is a web page that announces no feed");
    }

    @Test
    void aSiteWhosePageAnnouncesNoFeedIsFoundAtTheFirstUsualAddressThatHasOne() {
        server.serve("/", Reply.ok("text/html", Feeds.pageAnnouncing()));
        // Not there, then a page for every address (a "soft 404"), then the feed.
        server.serve("/rss", Reply.ok("text/html", "<html><body>Page not found</body></html>"));
        server.serve("/rss.xml", Reply.rss(Feeds.rss("Harbour Times", item("a", "Port strike ends", NOW, "Deal agreed."))));

        Feed feed = feeds.add(USER, server.url("/"), null);

        assertThat(feed.url()).isEqualTo(server.url("/rss.xml"));
        assertThat(feed.title()).isEqualTo("Harbour Times");
        assertThat(server.requests("/feed")).hasSize(1);
        assertThat(server.requests("/atom.xml")).as("probing stops at the first feed").isEmpty();
    }

    @Test
    void aFeedAnnouncedInALinkHeaderIsFollowed() {
        server.serve("/", Reply.ok("text/html", Feeds.pageAnnouncing())
                .header("Link", "</rss>; rel=\"alternate\"; type=\"application/rss+xml\"; title=\"News\""));

        Feed feed = feeds.add(USER, server.url("/"), null);

        assertThat(feed.url()).isEqualTo(server.url("/rss"));
        assertThat(server.requests("/feed")).as("no need to guess").isEmpty();
    }

    @Test
    void probingTheUsualAddressesStopsWhenTheSiteFails() {
        server.serve("/blog/", Reply.ok("text/html", Feeds.pageAnnouncing()));
        server.serve("/blog/feed", Reply.status(503));

        assertFailsWith(UPSTREAM, () -> feeds.add(USER, server.url("/blog/"), null))
                .hasMessageStartingWith("no feed found at " + server.url("/blog/"));
        assertThat(server.requestCount()).isEqualTo(2);
    }

    @Test
    void aPageWithoutFeedsCostsOneRequestPerUsualAddressAtMost() {
        server.serve("/site/", Reply.ok("text/html", Feeds.pageAnnouncing()));

        assertFailsWith(UPSTREAM, () -> feeds.add(USER, server.url("/site/"), null))
                .hasMessage("no feed found at " + server.url("/site/") + ": it is a web page that announces no feed,"
                        + " and no feed answered at the usual addresses"
                        + " (feed, rss, rss.xml, atom.xml, feed.xml, index.xml, feeds/posts/default)");
        assertThat(server.requestCount()).isEqualTo(1 + CommonFeedPaths.NAMES.size());
    }

    @Test
    void aPageAnnouncingABrokenFeedNamesTheFeed() {
        server.serve("/", Reply.ok("text/html", Feeds.pageAnnouncing("application/rss+xml", "/gone.xml")));
        String announced = server.url("/gone.xml");

        assertFailsWith(UPSTREAM, () -> feeds.add(USER, server.url("/"), null))
                .hasMessage("could not fetch " + announced + " (announced by " + server.url("/") + "): HTTP 404 Not Found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ftp://news.example/rss", "javascript:alert(1)", "http://"})
    void badUrlsAreInvalidAndNeverFetched(String url) {
        assertFailsWith(INVALID, () -> feeds.add(USER, url, null));
        assertThat(server.requestCount()).isZero();
    }

    @Test
    void aPermanentRedirectSubscribesToTheNewAddressATemporaryOneDoesNot() {
        server.serve("/moved", Reply.redirect(301, server.url("/rss")));
        server.serve("/today", Reply.redirect(307, server.url("/rss-copy")));
        server.serve("/rss-copy", Reply.rss(Feeds.rss("Copy", item("c", "Copy", NOW, "Copy."))));

        Feed moved = feeds.add(USER, server.url("/moved"), null);
        Feed temporary = feeds.add(USER, server.url("/today"), null);

        assertThat(moved.url()).isEqualTo(server.url("/rss"));
        assertThat(temporary.url()).isEqualTo(server.url("/today"));
    }
}
