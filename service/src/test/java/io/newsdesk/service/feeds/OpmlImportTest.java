package io.newsdesk.service.feeds;

import static io.newsdesk.service.NewsdeskException.Kind.INVALID;
import static io.newsdesk.service.testing.Feeds.item;
import static io.newsdesk.service.testing.NewsdeskAssertions.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.testing.Feeds;
import io.newsdesk.service.testing.FixtureServer;
import io.newsdesk.service.testing.FixtureServer.Reply;
import io.newsdesk.service.testing.MutableClock;
import io.newsdesk.service.testing.TestNewsdesk;
import io.newsdesk.store.FeedSummary;
import io.newsdesk.store.testing.DatabaseTest;
import io.newsdesk.store.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;

/** OPML in and out, on both databases. */
class OpmlImportTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final long USER = Newsdesk.OWNER;

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(NOW);
    private final FixtureServer server = FixtureServer.start();
    private Newsdesk newsdesk;

    @AfterEach
    void tearDown() {
        if (newsdesk != null) {
            newsdesk.close();
        }
        server.close();
    }

    @DatabaseTest
    void importsNestedFoldersReportsBadOutlinesAndChecksTheNewFeeds(TestDatabase database) {
        FeedService feeds = open(database);
        List<String> progress = new CopyOnWriteArrayList<>();

        OpmlImportResult result = feeds.importOpml(USER, subscriptions(), (done, total, item) -> progress.add(done + "/" + total));

        assertThat(result.subscribed()).isEqualTo(4);
        assertThat(result.alreadySubscribed()).isZero();
        assertThat(result.rejected()).singleElement().satisfies(rejected -> {
            assertThat(rejected.url()).isEqualTo("javascript:alert(1)");
            assertThat(rejected.reason()).contains("only http and https");
        });
        assertThat(result.checks()).hasSize(4);
        assertThat(result.failedChecks()).isEqualTo(1);
        assertThat(result.checks()).filteredOn(RefreshOutcome::failed).singleElement()
                .satisfies(check -> {
                    assertThat(check.url()).isEqualTo(server.url("/missing"));
                    assertThat(check.error()).contains("404");
                });
        assertThat(progress).startsWith("0/4").endsWith("4/4").hasSize(5);
        assertThat(subscriptionsOf(USER)).containsExactlyInAnyOrder(
                tuple(server.url("/harbour"), "Harbour", "World"),
                tuple(server.url("/ledger"), "Ledger", "News"),
                tuple(server.url("/missing"), "Gone", "Sport"),
                tuple(server.url("/loose"), "Loose", null));
        assertThat(feeds.list(USER)).filteredOn(summary -> summary.feed().url().equals(server.url("/harbour")))
                .singleElement().extracting(FeedSummary::total).isEqualTo(1);
    }

    @DatabaseTest
    void importingAgainKeepsTheUsersFeedsAsTheyAre(TestDatabase database) {
        FeedService feeds = open(database);
        feeds.importOpml(USER, subscriptions(), ProgressListener.NONE);
        List<Tuple> before = subscriptionsOf(USER);
        int requests = server.requestCount();
        String renamed = """
                <opml version="2.0"><body>
                  <outline text="Elsewhere"><outline text="Renamed" xmlUrl="%s"/></outline>
                </body></opml>""".formatted(server.url("/harbour"));

        OpmlImportResult again = feeds.importOpml(USER, subscriptions(), ProgressListener.NONE);
        OpmlImportResult other = feeds.importOpml(USER, bytes(renamed), ProgressListener.NONE);

        assertThat(again.subscribed()).isZero();
        assertThat(again.alreadySubscribed()).isEqualTo(4);
        assertThat(again.checks()).isEmpty();
        assertThat(other.alreadySubscribed()).isEqualTo(1);
        assertThat(server.requestCount()).isEqualTo(requests);
        assertThat(subscriptionsOf(USER)).containsExactlyInAnyOrderElementsOf(before);
    }

    @DatabaseTest
    void exportedSubscriptionsImportAsTheyWere(TestDatabase database) {
        FeedService feeds = open(database);
        feeds.importOpml(USER, subscriptions(), ProgressListener.NONE);
        newsdesk.imports().importDocument(USER, "local.xml",
                bytes(Feeds.rss("Local copy", item("l", "Kept locally", NOW, "Local."))), null);
        long second = database.addUser("second");

        String exported = feeds.exportOpml(USER);
        OpmlImportResult result = feeds.importOpml(second, bytes(exported), ProgressListener.NONE);

        assertThat(exported).doesNotContain("local:");
        assertThat(result.subscribed()).isEqualTo(4);
        assertThat(result.rejected()).isEmpty();
        assertThat(subscriptionsOf(second)).containsExactlyInAnyOrderElementsOf(
                subscriptionsOf(USER).stream().filter(row -> !row.toList().get(0).toString().startsWith("local:")).toList());
    }

    @DatabaseTest
    void refusesWhatIsNotOpml(TestDatabase database) {
        FeedService feeds = open(database);

        assertFailsWith(INVALID, () -> feeds.importOpml(USER, bytes("just some words"), ProgressListener.NONE))
                .hasMessageStartingWith("invalid OPML: ");
        assertFailsWith(INVALID, () -> feeds.importOpml(USER, bytes(Feeds.rss("A feed")), ProgressListener.NONE))
                .hasMessageStartingWith("invalid OPML: ")
                .hasMessageContaining("rss");
        assertFailsWith(INVALID, () -> feeds.importOpml(USER, bytes("<opml version=\"2.0\"><body/></opml>"), ProgressListener.NONE))
                .hasMessageContaining("without any feed");
        assertFailsWith(INVALID, () -> feeds.importOpml(USER, new byte[0], ProgressListener.NONE))
                .hasMessageContaining("empty");
        assertThat(feeds.list(USER)).isEmpty();
    }

    private FeedService open(TestDatabase database) {
        newsdesk = TestNewsdesk.open(dataDir, database, clock);
        for (String path : List.of("/harbour", "/ledger", "/loose")) {
            server.serve(path, Reply.rss(Feeds.rss("Feed at " + path,
                    item(path.substring(1), "Story from " + path, NOW.minus(Duration.ofHours(1)), "Text."))));
        }
        return newsdesk.feeds();
    }

    /**
     * Folders in folders (the nearest folder is the category), the same feed twice (once spelled
     * differently), a script URL and a feed that is gone.
     */
    private byte[] subscriptions() {
        return bytes("""
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0">
                  <head><title>My feeds</title></head>
                  <body>
                    <outline text="News">
                      <outline text="World">
                        <outline text="Harbour" type="rss" xmlUrl="%1$s" htmlUrl="https://harbour.example/"/>
                      </outline>
                      <outline text="Ledger" type="rss" xmlUrl="%2$s"/>
                    </outline>
                    <outline text="Sport">
                      <outline text="Harbour again" type="rss" xmlUrl="%1$s"/>
                      <outline text="Harbour shouted" type="rss" xmlUrl="%5$s"/>
                      <outline text="Script" type="rss" xmlUrl="javascript:alert(1)"/>
                      <outline text="Gone" type="rss" xmlUrl="%3$s"/>
                    </outline>
                    <outline text="Loose" type="rss" xmlUrl="%4$s"/>
                  </body>
                </opml>
                """.formatted(server.url("/harbour"), server.url("/ledger"), server.url("/missing"),
                server.url("/loose"), server.url("/harbour").replace("http://", "HTTP://")));
    }

    private List<Tuple> subscriptionsOf(long user) {
        return newsdesk.feeds().list(user).stream()
                .map(FeedSummary::feed)
                .map(feed -> tuple(feed.url(), feed.title(), feed.category()))
                .toList();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
