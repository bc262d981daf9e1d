package io.newsdesk.web.websub;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.service.websub.PublicUrl;
import io.newsdesk.web.RunningServer;
import io.newsdesk.web.WebSettings;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Newsdesk as a WebSub subscriber against a local hub that does what real hubs do over HTTP:
 * verifies intent on the callback URL and delivers signed content to it.
 */
class WebSubCallbackTest {

    /** Where hubs reach Newsdesk; the hub routes it to the test server, as a reverse proxy would. */
    private static final String PUBLIC_URL = "https://news.example.org/";
    private static final int BODY_LIMIT = 16 * 1024;
    private static final int UPLOAD_LIMIT = 256 * 1024;

    @TempDir
    Path dataDir;

    private LocalHub hub;
    private RunningServer running;

    @BeforeEach
    void start() {
        hub = LocalHub.start();
        hub.publish(rss(item("ferry", "Ferries resume", "Back on schedule after the storm.")));
        running = RunningServer.start(dataDir, config -> config.withPublicUrl(PublicUrl.parse(PUBLIC_URL)),
                WebSettings.defaults().withPort(0).withLimits(BODY_LIMIT, UPLOAD_LIMIT));
        hub.routeCallbacks(PUBLIC_URL, running.origin() + "/");
        running.newsdesk.startBackgroundWork();
    }

    @AfterEach
    void stop() {
        running.close();
        hub.close();
    }

    @Test
    void aHubThatConfirmedTheSubscriptionPushesEntriesThatAreStoredAndFound() {
        long feedId = running.subscribe(hub.url("/feed"));
        LocalHub.Subscription subscription = hub.awaitSubscription(hub.url("/feed"));
        assertThat(subscription.callback()).startsWith(PUBLIC_URL + "websub/callback/");
        assertThat(websub(feedId).get("state").asText()).isEqualTo("active");
        assertThat(websub(feedId).get("hub_url").asText()).isEqualTo(hub.url("/hub"));

        hub.publish(rss(item("lighthouse", "Lighthouse relit", "The old light shines again over the bay."),
                item("ferry", "Ferries resume", "Back on schedule after the storm.")));
        assertThat(hub.distribute()).containsExactly(202);

        assertThat(titles()).contains("Lighthouse relit", "Ferries resume");
        running.syncIndex();
        JsonNode found = RunningServer.json(running.get("/api/v1/search?q=lighthouse"));
        assertThat(found.get("results")).extracting(result -> result.get("entry").get("title").asText())
                .containsExactly("Lighthouse relit");
        assertThat(websub(feedId).get("last_delivery_at").isNull()).isFalse();
    }

    @Test
    void deliveriesWithoutAValidSignatureAreAcknowledgedAndIgnored() {
        long feedId = running.subscribe(hub.url("/feed"));
        LocalHub.Subscription subscription = hub.awaitSubscription(hub.url("/feed"));
        String forged = rss(item("fake", "Forged story", "Nobody published this."));
        byte[] body = forged.getBytes(StandardCharsets.UTF_8);

        assertThat(hub.deliver(subscription, body, null)).isEqualTo(202);
        assertThat(hub.deliver(subscription, body, LocalHub.signature("guessed secret", forged))).isEqualTo(202);
        assertThat(hub.deliver(subscription, body, "sha256=" + "0".repeat(64))).isEqualTo(202);

        assertThat(titles()).doesNotContain("Forged story");
        assertThat(websub(feedId).get("last_error").asText()).contains("signature does not match");
    }

    @Test
    void unknownCallbacksAndOtherTopicsAreNotFound() {
        running.subscribe(hub.url("/feed"));
        LocalHub.Subscription subscription = hub.awaitSubscription(hub.url("/feed"));
        String unknown = PUBLIC_URL + "websub/callback/no-such-id";

        assertThat(hub.verify(unknown, "subscribe", hub.url("/feed"), "c").statusCode()).isEqualTo(404);
        assertThat(hub.verify(subscription.callback(), "subscribe", hub.url("/other"), "c").statusCode()).isEqualTo(404);
        assertThat(hub.verify(subscription.callback(), "unsubscribe", hub.url("/feed"), "c").statusCode())
                .as("Newsdesk did not ask to unsubscribe").isEqualTo(404);
        assertThat(hub.deliver(new LocalHub.Subscription(unknown, hub.url("/feed"), subscription.secret()),
                new byte[] {'x'}, "sha256=00")).isEqualTo(404);

        HttpResponse<String> again = hub.verify(subscription.callback(), "subscribe", hub.url("/feed"), "renewed");
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(again.body()).isEqualTo("renewed");
        assertThat(RunningServer.contentType(again)).isEqualTo("text/plain;charset=utf-8");
    }

    @Test
    void aDeniedSubscriptionShowsOnTheFeedAndEndsPushing() {
        long feedId = running.subscribe(hub.url("/feed"));
        LocalHub.Subscription subscription = hub.awaitSubscription(hub.url("/feed"));

        assertThat(hub.deny(subscription, "this topic is closed")).isEqualTo(200);

        JsonNode websub = websub(feedId);
        assertThat(websub.get("state").asText()).isEqualTo("denied");
        assertThat(websub.get("last_error").asText()).contains("this topic is closed");
        assertThat(hub.distribute()).containsExactly(404);
    }

    @Test
    void removingTheFeedUnsubscribesAtTheHub() {
        long feedId = running.subscribe(hub.url("/feed"));
        hub.awaitSubscription(hub.url("/feed"));

        assertThat(running.send("DELETE", "/api/v1/feeds/" + feedId, null, null).statusCode()).isEqualTo(204);

        hub.awaitEvent("unsubscribe confirmed");
        assertThat(hub.subscription(hub.url("/feed"))).isEmpty();
        assertThat(hub.events()).containsExactly("subscribe confirmed", "unsubscribe confirmed");
    }

    @Test
    void hubsMayDeliverFromAnotherSiteWhileTheApiStillRefusesCrossSitePosts() {
        running.subscribe(hub.url("/feed"));
        LocalHub.Subscription subscription = hub.awaitSubscription(hub.url("/feed"));
        String feed = rss(item("harbour", "Harbour reopens", "Boats are back."));

        int status = hub.deliver(subscription, feed.getBytes(StandardCharsets.UTF_8),
                LocalHub.signature(subscription.secret(), feed), "Origin", "https://hub.example", "Sec-Fetch-Site", "cross-site");

        assertThat(status).isEqualTo(202);
        assertThat(titles()).contains("Harbour reopens");
        assertThat(running.sendJson("POST", "/api/v1/feeds/refresh", "{}", "Origin", "https://hub.example").statusCode())
                .isEqualTo(403);
    }

    @Test
    void deliveriesMayBeAsLargeAsUploadsButNoLarger() {
        running.subscribe(hub.url("/feed"));
        LocalHub.Subscription subscription = hub.awaitSubscription(hub.url("/feed"));
        String large = rss(item("large", "Large", "word ".repeat(BODY_LIMIT / 5 * 4)));
        String huge = rss(item("huge", "Huge", "word ".repeat(UPLOAD_LIMIT / 5)));

        assertThat(hub.deliver(subscription, large.getBytes(StandardCharsets.UTF_8),
                LocalHub.signature(subscription.secret(), large))).isEqualTo(202);
        assertThat(hub.deliver(subscription, huge.getBytes(StandardCharsets.UTF_8),
                LocalHub.signature(subscription.secret(), huge))).isEqualTo(413);
        assertThat(titles()).contains("Large").doesNotContain("Huge");
    }

    private JsonNode websub(long feedId) {
        return RunningServer.json(running.get("/api/v1/feeds/" + feedId)).get("websub");
    }

    private List<String> titles() {
        JsonNode entries = RunningServer.json(running.get("/api/v1/entries?limit=100")).get("entries");
        return entries.findValuesAsText("title");
    }

    private static String item(String guid, String title, String text) {
        return """
                    <item><guid isPermaLink="false">%s</guid><title>%s</title>
                      <link>https://harbour.example/%s</link><description>%s</description></item>
                """.formatted(guid, title, guid, text);
    }

    private static String rss(String... items) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Harbour news</title><link>https://harbour.example/</link>
                <description>From the harbour</description>
                %s</channel></rss>
                """.formatted(String.join("", items));
    }
}
