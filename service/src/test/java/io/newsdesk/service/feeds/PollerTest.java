package io.newsdesk.service.feeds;

import static io.newsdesk.service.testing.Feeds.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.testing.Await;
import io.newsdesk.service.testing.Feeds;
import io.newsdesk.service.testing.FixtureServer;
import io.newsdesk.service.testing.FixtureServer.Reply;
import io.newsdesk.service.testing.MutableClock;
import io.newsdesk.service.testing.TestNewsdesk;
import io.newsdesk.store.FeedSummary;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PollerTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final long USER = Newsdesk.OWNER;

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(NOW);
    private final FixtureServer hostA = FixtureServer.start("127.0.0.1");
    private final FixtureServer hostB = FixtureServer.start("127.0.0.2");
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
        hostA.close();
        hostB.close();
    }

    @Test
    void checksDueFeedsInTheBackgroundAndIndexesWhatTheyBring() {
        Newsdesk newsdesk = open();
        serve(hostA, "/harbour", "Harbour", "Port strike ends");
        serve(hostB, "/ledger", "Ledger", "Markets calm");
        subscribe(newsdesk, hostA.url("/harbour"), hostB.url("/ledger"));
        serve(hostA, "/harbour", "Harbour", "Storm Idris reaches the coast");
        serve(hostB, "/ledger", "Ledger", "Insurers count the cost of Idris");

        clock.advance(Duration.ofDays(2));
        newsdesk.startBackgroundWork();

        Await.until("both feeds have their new entry", () -> totals(newsdesk).equals(List.of(2, 2)));
        Await.until("the new entries are searchable",
                () -> newsdesk.search().search(USER, "idris", null, 10, 0).results().size() == 2);
        assertThat(hostA.requests("/harbour")).hasSize(2);
        assertThat(hostB.requests("/ledger")).hasSize(2);
    }

    @Test
    void sendsAtMostTwoRequestsToOneHostAtATime() {
        Newsdesk newsdesk = open();
        List<String> urls = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String path = "/feed" + i;
            // Each request is held until a second one to the host runs beside it, then a moment
            // longer: time for a third to show up if the bound did not hold.
            hostA.route(path, request -> {
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (hostA.active() < 2 && System.nanoTime() < deadline) {
                    Thread.sleep(5);
                }
                Thread.sleep(100);
                return Reply.rss(Feeds.rss("Feed " + path, item(path, "Story " + path, NOW, "Text.")));
            });
            urls.add(hostA.url(path));
        }
        subscribe(newsdesk, urls.toArray(String[]::new));
        int checkedOnSubscribing = hostA.requestCount();

        clock.advance(Duration.ofDays(2));
        newsdesk.startBackgroundWork();

        Await.until("every feed was checked again", () -> hostA.requestCount() == checkedOnSubscribing + 6);
        assertThat(hostA.mostActive()).isEqualTo(2);
    }

    @Test
    void aSlowFeedDoesNotHoldUpTheOthers() {
        Newsdesk newsdesk = open();
        CountDownLatch othersStored = new CountDownLatch(1);
        serve(hostA, "/slow", "Slow", "First slow story");
        serve(hostA, "/quick", "Quick", "First quick story");
        serve(hostB, "/other", "Other", "First other story");
        subscribe(newsdesk, hostA.url("/slow"), hostA.url("/quick"), hostB.url("/other"));
        hostA.route("/slow", request -> {
            othersStored.await(60, TimeUnit.SECONDS);
            return Reply.rss(Feeds.rss("Slow", item("slow-2", "Second slow story", NOW, "Late.")));
        });
        serve(hostA, "/quick", "Quick", "Second quick story");
        serve(hostB, "/other", "Other", "Second other story");

        clock.advance(Duration.ofDays(2));
        newsdesk.startBackgroundWork();

        Await.until("the quick feeds were stored while the slow one hangs",
                () -> total(newsdesk, hostA.url("/quick")) == 2 && total(newsdesk, hostB.url("/other")) == 2);
        assertThat(total(newsdesk, hostA.url("/slow"))).isEqualTo(1);
        othersStored.countDown();
        Await.until("the slow feed was stored in the end", () -> total(newsdesk, hostA.url("/slow")) == 2);
    }

    @Test
    void doesNotFetchAFeedThatAnImportIsCheckingAtTheSameMoment() throws Exception {
        Newsdesk newsdesk = open();
        CountDownLatch release = new CountDownLatch(1);
        hostA.route("/held", request -> {
            release.await(60, TimeUnit.SECONDS);
            return Reply.rss(Feeds.rss("Held", item("held-1", "Held story", NOW, "Text.")));
        });
        Thread importing = Thread.ofVirtual().start(() -> subscribe(newsdesk, hostA.url("/held")));
        Await.until("the import is checking the feed", () -> hostA.requests("/held").size() == 1);

        // The feed is subscribed and has never been checked, so the database calls it due; the
        // poller's first round, right at start, must see that the import is checking it.
        newsdesk.startBackgroundWork();
        Thread.sleep(2_000);
        release.countDown();
        importing.join(60_000);

        assertThat(hostA.requests("/held")).hasSize(1);
    }

    private Newsdesk open() {
        Newsdesk newsdesk = TestNewsdesk.open(dataDir, clock);
        toClose.add(newsdesk);
        return newsdesk;
    }

    private static void serve(FixtureServer server, String path, String title, String headline) {
        server.serve(path, Reply.rss(Feeds.rss(title, item(headline, headline, NOW, headline + "."))));
    }

    /** Subscribes through an OPML import: the feeds are checked once, then wait for their next check. */
    private static void subscribe(Newsdesk newsdesk, String... urls) {
        StringBuilder opml = new StringBuilder("<opml version=\"2.0\"><body>");
        for (String url : urls) {
            opml.append("<outline text=\"").append(url).append("\" xmlUrl=\"").append(url).append("\"/>");
        }
        opml.append("</body></opml>");
        OpmlImportResult result = newsdesk.feeds().importOpml(
                USER, opml.toString().getBytes(StandardCharsets.UTF_8), ProgressListener.NONE);
        assertThat(result.failedChecks()).isZero();
    }

    private static List<Integer> totals(Newsdesk newsdesk) {
        return newsdesk.feeds().list(USER).stream().map(FeedSummary::total).toList();
    }

    private static int total(Newsdesk newsdesk, String url) {
        return newsdesk.feeds().list(USER).stream()
                .filter(summary -> summary.feed().url().equals(url))
                .mapToInt(FeedSummary::total)
                .sum();
    }
}
