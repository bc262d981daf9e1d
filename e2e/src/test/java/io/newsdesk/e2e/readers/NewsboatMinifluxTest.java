package io.newsdesk.e2e.readers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.e2e.support.ApiResponse;
import io.newsdesk.e2e.support.Eventually;
import io.newsdesk.e2e.support.FixtureFeed;
import io.newsdesk.e2e.support.FixtureServer;
import io.newsdesk.e2e.support.NewsdeskServerExtension;
import io.newsdesk.e2e.support.RssFeed;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real client: Debian's newsboat 2.21 syncing with a Newsdesk server process through the
 * Miniflux API, configured as its manual says (address with a trailing slash, login, password),
 * against a server that requires sign-in (its administrator created with {@code newsdesk user add}).
 * It reloads and counts what is unread; in its interactive reader (in a pseudo-terminal) opening
 * an article and marking a feed read reach Newsdesk through the very calls newsboat makes; what
 * changes in Newsdesk reaches newsboat on its next reload. Each step builds on the one before.
 */
@ExtendWith(NewsboatRequired.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NewsboatMinifluxTest {

    @RegisterExtension
    static final NewsdeskServerExtension server = NewsdeskServerExtension.serve();

    @TempDir
    static Path newsboatHome;

    private static FixtureServer publishers;
    private static FixtureFeed wire;
    private static RssFeed wireContent;
    private static long wireId;
    private static long postId;
    private static Newsboat newsboat;
    private static ReaderAccount account;
    private static RawHttp http;

    @BeforeAll
    static void subscribe() {
        publishers = FixtureServer.start();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        wireContent = RssFeed.channel("Harbour Wire", "http://harbour-wire.example/")
                .with(new RssFeed.Item("wire-1", "Ferry timetable changes", now.minus(3, ChronoUnit.HOURS), "Winter."))
                .with(new RssFeed.Item("wire-2", "Fish market reopens", now.minus(2, ChronoUnit.HOURS), "Roof."))
                .with(new RssFeed.Item("wire-3", "Lighthouse keepers mark a century", now.minus(1, ChronoUnit.HOURS),
                        "A hundred years."));
        wire = publishers.feed("/wire.rss");
        wire.publish(wireContent);
        publishers.feed("/post.rss").publish(RssFeed.channel("Mountain Post", "http://mountain-post.example/")
                .with(new RssFeed.Item("post-1", "Pass closed by snow", now.minus(5, ChronoUnit.HOURS), "Snow."))
                .with(new RssFeed.Item("post-2", "Hut reopens for winter", now.minus(4, ChronoUnit.HOURS), "Hut.")));
        // Filed under a category, the wire comes first in the feed list, where newsboat's cursor starts.
        wireId = subscribe(wire.url(), "Local");
        postId = subscribe(publishers.feed("/post.rss").url(), null);
        // Subscribed in personal mode; the first administrator takes over those subscriptions.
        account = ReaderAccount.create(server.dataDir(), server.baseUri(), "reader", "a reader's long password");
        http = new RawHttp(server.baseUri());
        newsboat = Newsboat.forMiniflux(newsboatHome, server.baseUri(), account.username(), account.password(),
                NewsboatMinifluxTest.class.getSimpleName());
    }

    @AfterAll
    static void stopPublishers() {
        publishers.close();
    }

    @Test
    @Order(1)
    void reloadsThroughTheMinifluxApiAndCountsWhatIsUnread() {
        newsboat.reload();

        assertThat(newsboat.unread()).isEqualTo(5);
    }

    @Test
    @Order(2)
    void openingAnArticleMarksItReadInNewsdesk() {
        try (Newsboat.Session reader = newsboat.open()) {
            // Enter opens the first feed, Enter again its first article, q leaves the article: the
            // first key read in the article view marks it read, and newsboat tells the server in
            // the background, so the test waits for Newsdesk to know before quitting.
            reader.type("\r\rq");
            Eventually.holds(() -> assertThat(read(wireId)).hasSize(1));
            reader.quitWith("qq");
        }

        assertThat(read(postId)).isEmpty();
    }

    @Test
    @Order(3)
    void markingAFeedReadMarksAllItsEntriesReadInNewsdesk() {
        try (Newsboat.Session reader = newsboat.open()) {
            // Enter opens the first feed; A marks it read (newsboat waits for the server); q q quits.
            reader.quitWith("\rAqq");
        }

        assertThat(unread(wireId)).isEmpty();
        assertThat(unread(postId)).hasSize(2);
        assertThat(newsboat.unread()).isEqualTo(2);
    }

    @Test
    @Order(4)
    void changesMadeInNewsdeskReachNewsboatOnTheNextReload() {
        long markedUnreadAgain = read(wireId).getFirst();
        assertThat(signedIn("PATCH", "/api/v1/entries/" + markedUnreadAgain, "{\"read\": false}").status())
                .isEqualTo(200);
        assertThat(signedIn("POST", "/api/v1/feeds/" + postId + "/mark-read", "").status()).isEqualTo(200);
        wire.publish(wireContent.with(new RssFeed.Item("wire-4", "Harbour festival announced",
                Instant.now().truncatedTo(ChronoUnit.SECONDS), "Boats and music.")));
        assertThat(signedIn("POST", "/api/v1/feeds/" + wireId + "/refresh", "").status()).isEqualTo(200);

        newsboat.reload();

        // The wire's entry marked unread again and its new story; nothing of the post.
        assertThat(newsboat.unread()).isEqualTo(2);
    }

    @Test
    @Order(5)
    void aWrongPasswordGetsNothing() {
        Newsboat intruder = Newsboat.forMiniflux(newsboatHome.resolve("intruder"), server.baseUri(),
                account.username(), "not the password", NewsboatMinifluxTest.class.getSimpleName() + "-intruder");

        assertThat(intruder.reloadFails()).contains("haven't configured any feeds");
    }

    private static long subscribe(String url, String category) {
        ApiResponse added = server.api().postJson("/api/v1/feeds",
                category == null ? Map.of("url", url) : Map.of("url", url, "category", category));
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json().get("id").asLong();
    }

    private static List<Long> read(long feedId) {
        return ids("/api/v1/entries?status=read&feed=" + feedId);
    }

    private static List<Long> unread(long feedId) {
        return ids("/api/v1/entries?status=unread&feed=" + feedId);
    }

    private static ApiResponse signedIn(String method, String path, String json) {
        ApiResponse response = http.send(method, path, "application/json", json, account.basic());
        assertThat(response.status()).as(response.toString()).isLessThan(300);
        return response;
    }

    private static List<Long> ids(String path) {
        ApiResponse response = http.get(path, account.basic());
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        List<Long> ids = new ArrayList<>();
        for (JsonNode entry : response.json().get("entries")) {
            ids.add(entry.get("id").asLong());
        }
        return ids;
    }
}
