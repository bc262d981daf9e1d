package io.newsdesk.service.feeds;

import static io.newsdesk.service.testing.Feeds.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.service.testing.Await;
import io.newsdesk.service.testing.Feeds;
import io.newsdesk.service.testing.FixtureServer;
import io.newsdesk.service.testing.FixtureServer.Reply;
import io.newsdesk.service.testing.MutableClock;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How the poller picks, spreads and times its checks; the servers count what reaches them. */
class PollerSchedulingTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final Reply FEED = Reply.rss(Feeds.rss("Feed", item("story", "Story", NOW, "Text.")));

    private final MutableClock clock = new MutableClock(NOW);
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
    }

    @Test
    void wakesForTheNextCheckItScheduledRatherThanOnATick() {
        FixtureServer server = server("127.0.0.1");
        server.serve("/feed", FEED);
        // Feeds come back every second, and nothing else would wake the poller for an hour.
        PollingRig rig = rig(Clock.systemUTC(), PollingRig.Options.defaults()
                .intervals(Duration.ofSeconds(1), Duration.ofSeconds(1))
                .longestSleep(Duration.ofHours(1)));
        rig.subscribe(server.url("/feed"));

        rig.poller.start();

        Await.until("the feed was checked three times", () -> server.requests("/feed").size() >= 3);
    }

    @Test
    void wakesForTheNextCheckOfAFeedThatSomeoneElseChecked() {
        FixtureServer server = server("127.0.0.1");
        server.serve("/feed", FEED);
        PollingRig rig = rig(Clock.systemUTC(), PollingRig.Options.defaults()
                .intervals(Duration.ofSeconds(1), Duration.ofSeconds(1))
                .longestSleep(Duration.ofHours(1)));
        rig.poller.start();

        // Checked by the service as a user adds it, then due again a second later; the poller is
        // only told that feeds changed, when the feed is not due yet.
        rig.feeds.add(PollingRig.USER, server.url("/feed"), null);

        Await.until("the poller checked the feed after the user did", () -> server.requests("/feed").size() >= 2);
    }

    @Test
    void aHostThatAsksForAPauseWaitsWithAllItsFeedsWhileOtherHostsGoOn() throws Exception {
        FixtureServer busy = server("127.0.0.1");
        FixtureServer other = server("127.0.0.2");
        busy.serve("/first", Reply.status(429).header("Retry-After", "120"));
        busy.serve("/second", FEED);
        other.serve("/other", FEED);
        // One at a time per host, so the first feed's answer comes before the second is asked for.
        PollingRig rig = rig(clock, PollingRig.Options.defaults().concurrency(4, 1));
        long first = rig.subscribe(busy.url("/first"));
        long second = rig.subscribe(busy.url("/second"));
        long elsewhere = rig.subscribe(other.url("/other"));

        rig.poller.start();

        Await.until("the other host's feed was stored", () -> rig.total(elsewhere) == 1);
        Await.until("the first feed's 429 was recorded", () -> rig.poll(first).lastStatus() != null);
        assertThat(rig.poll(first).nextCheckAt()).isAfterOrEqualTo(NOW.plusSeconds(120));
        // Time for the second feed's request to arrive if the pause were not kept.
        Thread.sleep(1_000);
        assertThat(busy.requests("/second")).isEmpty();
        assertThat(rig.poll(second).lastCheckedAt()).isNull();

        clock.advance(Duration.ofSeconds(121));
        rig.poller.wakeUp();

        Await.until("the second feed was checked once the pause ended", () -> rig.total(second) == 1);
        assertThat(busy.requests("/first")).hasSize(1);
    }

    @Test
    void oneHostsThousandsOfDueFeedsDoNotHideTheOtherHostsFeeds() {
        FixtureServer crowded = server("127.0.0.1");
        FixtureServer lonely = server("127.0.0.2");
        CountDownLatch release = new CountDownLatch(1);
        PollingRig rig = rig(clock, PollingRig.Options.defaults().concurrency(4, 2));
        List<Long> crowd = new ArrayList<>();
        // Ten times the poller's batch, all due before the lonely feed.
        for (int i = 0; i < 160; i++) {
            String path = "/crowd" + i;
            crowded.route(path, request -> {
                release.await(60, TimeUnit.SECONDS);
                return FEED;
            });
            crowd.add(rig.subscribe(crowded.url(path)));
        }
        lonely.serve("/lonely", FEED);
        long lonelyFeed = rig.subscribe(lonely.url("/lonely"));

        rig.poller.start();

        Await.until("the lonely feed was stored while the crowded host is stuck", () -> rig.total(lonelyFeed) == 1);
        assertThat(crowded.requestCount()).isEqualTo(2);
        release.countDown();
        Await.until("every crowded feed was checked", () -> crowded.requestCount() == crowd.size());
        assertThat(crowded.mostActive()).isEqualTo(2);
        Await.until("and stored", () -> crowd.stream().allMatch(feed -> rig.total(feed) == 1));
    }

    @Test
    void neverChecksMoreFeedsAtOnceThanTheGlobalBound() {
        List<FixtureServer> servers = List.of(server("127.0.0.1"), server("127.0.0.2"), server("127.0.0.3"));
        AtomicInteger active = new AtomicInteger();
        AtomicInteger mostActive = new AtomicInteger();
        PollingRig rig = rig(clock, PollingRig.Options.defaults().concurrency(3, 2));
        for (FixtureServer server : servers) {
            for (int i = 0; i < 4; i++) {
                String path = "/feed" + i;
                // Each request is held until three run at once (or 10 s passed), then a moment
                // longer: time for a fourth to show up if the bound did not hold.
                server.route(path, request -> {
                    mostActive.accumulateAndGet(active.incrementAndGet(), Math::max);
                    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                    while (active.get() < 3 && System.nanoTime() < deadline) {
                        Thread.sleep(5);
                    }
                    Thread.sleep(100);
                    active.decrementAndGet();
                    return FEED;
                });
                rig.subscribe(server.url(path));
            }
        }

        rig.poller.start();

        Await.until("every feed was checked",
                () -> servers.stream().mapToInt(FixtureServer::requestCount).sum() == 12);
        assertThat(mostActive.get()).isEqualTo(3);
        assertThat(servers).allSatisfy(server -> assertThat(server.mostActive()).isLessThanOrEqualTo(2));
    }

    @Test
    void checksEveryDueFeedExactlyOnceWhileReadsAndChecksOverlap() {
        List<FixtureServer> servers = List.of(server("127.0.0.1"), server("127.0.0.2"), server("127.0.0.3"));
        PollingRig rig = rig(clock, PollingRig.Options.defaults().concurrency(8, 3));
        int feedsPerHost = 100;
        for (int i = 0; i < feedsPerHost; i++) {
            for (FixtureServer server : servers) {
                server.serve("/feed" + i, FEED);
                rig.subscribe(server.url("/feed" + i));
            }
        }

        rig.poller.start();

        Await.until("every feed was checked", () -> servers.stream().allMatch(s -> s.requestCount() >= feedsPerHost));
        Await.until("every check was recorded", () -> rig.feeds.list(PollingRig.USER).stream()
                .allMatch(summary -> summary.feed().poll().lastCheckedAt() != null));
        for (FixtureServer server : servers) {
            for (int i = 0; i < feedsPerHost; i++) {
                assertThat(server.requests("/feed" + i)).as(server.url("/feed" + i)).hasSize(1);
            }
        }
    }

    @Test
    void aFeedAddedWhileThePollerSleepsIsCheckedOnceItIsWoken() {
        FixtureServer server = server("127.0.0.1");
        server.serve("/early", FEED);
        server.serve("/late", FEED);
        PollingRig rig = rig(clock, PollingRig.Options.defaults().longestSleep(Duration.ofHours(1)));
        rig.subscribe(server.url("/early"));
        rig.poller.start();
        Await.until("the first feed was checked", () -> server.requests("/early").size() == 1);

        long late = rig.subscribe(server.url("/late"));
        rig.poller.wakeUp();

        Await.until("the feed added later was stored", () -> rig.total(late) == 1);
        assertThat(server.requests("/early")).hasSize(1);
    }

    private FixtureServer server(String address) {
        FixtureServer server = FixtureServer.start(address);
        toClose.add(server);
        return server;
    }

    private PollingRig rig(Clock rigClock, PollingRig.Options options) {
        PollingRig rig = new PollingRig(rigClock, options);
        toClose.add(rig);
        return rig;
    }
}
