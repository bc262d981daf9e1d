package io.newsdesk.service.websub;

import static io.newsdesk.service.testing.Feeds.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Feed;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.NewsdeskConfig;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.entries.EntryService;
import io.newsdesk.service.testing.Feeds;
import io.newsdesk.service.testing.FixtureServer;
import io.newsdesk.service.testing.FixtureServer.Reply;
import io.newsdesk.service.testing.MutableClock;
import io.newsdesk.service.testing.TestNewsdesk;
import io.newsdesk.service.websub.WebSubCallbacks.Delivery;
import io.newsdesk.service.websub.WebSubCallbacks.Verification;
import io.newsdesk.store.FeedSummary;
import io.newsdesk.store.WebSubState;
import io.newsdesk.store.WebSubStatus;
import io.newsdesk.store.testing.DatabaseTest;
import io.newsdesk.store.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The subscriber against a hub that records what it is asked; the test plays the hub's part of
 * verifying and delivering through the callbacks (the web module's tests do it over HTTP).
 */
class WebSubSubscriberTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final long USER = Newsdesk.OWNER;
    private static final PublicUrl PUBLIC_URL = PublicUrl.parse("https://news.example.org/");
    private static final Duration SAFETY_INTERVAL = Duration.ofHours(24);
    private static final String DAY = "86400";

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(NOW);
    private final FixtureServer site = FixtureServer.start();
    private final RecordingHub hub = new RecordingHub();
    private final RecordingHub otherHub = new RecordingHub();
    private final List<AutoCloseable> toClose = new ArrayList<>();

    @AfterEach
    void tearDown() throws Exception {
        for (AutoCloseable closeable : toClose.reversed()) {
            closeable.close();
        }
        otherHub.close();
        hub.close();
        site.close();
    }

    @DatabaseTest
    void pushedContentIsStoredAsAPollStoresItAndCanBeFound(TestDatabase database) {
        Newsdesk newsdesk = open(TestNewsdesk.config(dataDir, clock).withDatabaseUrl(database.location())
                .withPublicUrl(PUBLIC_URL));
        long feedId = addFeedPushedBy(newsdesk, hub);

        newsdesk.websub().runOnce();

        RecordingHub.Request request = hub.last();
        assertThat(request.mode()).isEqualTo("subscribe");
        assertThat(request.topic()).isEqualTo(site.url("/feed"));
        assertThat(request.callback()).startsWith("https://news.example.org/websub/callback/");
        assertThat(request.callbackId()).hasSizeGreaterThanOrEqualTo(43);
        assertThat(request.form().get("hub.secret")).hasSize(64);
        assertThat(websub(newsdesk, feedId).state()).isEqualTo(WebSubState.PENDING);

        assertThat(confirm(newsdesk, request, DAY)).contains("challenge-" + request.callbackId());

        WebSubStatus active = websub(newsdesk, feedId);
        assertThat(active.state()).isEqualTo(WebSubState.ACTIVE);
        assertThat(active.hubUrl()).isEqualTo(hub.url());
        assertThat(active.leaseExpiresAt()).isEqualTo(NOW.plus(Duration.ofDays(1)));
        assertThat(feed(newsdesk, feedId).poll().nextCheckAt()).as("polled only as a safety net")
                .isEqualTo(NOW.plus(SAFETY_INTERVAL));

        clock.advance(Duration.ofHours(1));
        int fetches = site.requests("/feed").size();
        List<Feeds.Item> items = new ArrayList<>(busyDay());
        items.addFirst(item("storm", "Storm warning for the coast", NOW.plus(Duration.ofMinutes(50)), "Gales tonight."));
        byte[] pushed = Feeds.rss("Harbour", 0, items).getBytes(StandardCharsets.UTF_8);

        Delivery delivery = newsdesk.websub().callbacks().deliver(request.callbackId(), pushed,
                "application/rss+xml; charset=utf-8", Signing.signature("sha256", pushed, request.form().get("hub.secret")));

        assertThat(delivery).isEqualTo(Delivery.STORED);
        assertThat(site.requests("/feed")).as("a delivery is not a fetch").hasSize(fetches);
        assertThat(titles(newsdesk)).contains("Storm warning for the coast");
        newsdesk.syncIndex(ProgressListener.NONE);
        assertThat(newsdesk.search().search(USER, "gales", null, 10, 0).results())
                .extracting(result -> result.entry().entry().title()).containsExactly("Storm warning for the coast");
        Feed pushedFeed = feed(newsdesk, feedId);
        assertThat(pushedFeed.poll().lastCheckedAt()).as("the push shows as the latest check")
                .isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(pushedFeed.poll().lastStatus()).isEqualTo(200);
        assertThat(pushedFeed.poll().nextCheckAt()).isEqualTo(NOW.plus(Duration.ofHours(1)).plus(SAFETY_INTERVAL));
        assertThat(websub(newsdesk, feedId).lastDeliveryAt()).isEqualTo(NOW.plus(Duration.ofHours(1)));
    }

    @Test
    void deliveriesWithoutAValidSignatureOrThatAreNoFeedAreIgnored() {
        Newsdesk newsdesk = open();
        long feedId = addFeedPushedBy(newsdesk, hub);
        newsdesk.websub().runOnce();
        RecordingHub.Request request = hub.last();
        confirm(newsdesk, request, DAY);
        List<String> before = titles(newsdesk);
        byte[] forged = Feeds.rss("Harbour", 0, List.of(item("fake", "Forged story", NOW, "Not from the hub.")))
                .getBytes(StandardCharsets.UTF_8);
        WebSubCallbacks callbacks = newsdesk.websub().callbacks();

        assertThat(callbacks.deliver(request.callbackId(), forged, "application/rss+xml", null))
                .isEqualTo(Delivery.IGNORED);
        assertThat(websub(newsdesk, feedId).lastError()).contains("without a signature");
        assertThat(callbacks.deliver(request.callbackId(), forged, "application/rss+xml",
                Signing.signature("sha256", forged, "a guess"))).isEqualTo(Delivery.IGNORED);
        assertThat(websub(newsdesk, feedId).lastError()).contains("does not match");
        assertThat(callbacks.deliver(request.callbackId(), forged, "application/rss+xml", "md5=00"))
                .isEqualTo(Delivery.IGNORED);

        byte[] page = "<html><body>Hello</body></html>".getBytes(StandardCharsets.UTF_8);
        assertThat(callbacks.deliver(request.callbackId(), page, "text/html",
                Signing.signature("sha1", page, request.form().get("hub.secret")))).isEqualTo(Delivery.IGNORED);
        assertThat(websub(newsdesk, feedId).lastError()).startsWith("ignored a delivery that is not a feed");

        assertThat(titles(newsdesk)).isEqualTo(before);
        assertThat(callbacks.deliver("no-such-callback", forged, "application/rss+xml", null)).isEqualTo(Delivery.UNKNOWN);
    }

    @Test
    void onlyWhatWasAskedForIsConfirmed() {
        Newsdesk newsdesk = open();
        long feedId = addFeedPushedBy(newsdesk, hub);
        newsdesk.websub().runOnce();
        RecordingHub.Request request = hub.last();
        WebSubCallbacks callbacks = newsdesk.websub().callbacks();
        String id = request.callbackId();
        String topic = request.topic();

        assertThat(callbacks.verify(id, new Verification("subscribe", topic + "?other", "c", DAY, null))).isEmpty();
        assertThat(callbacks.verify(id, new Verification("subscribe", null, "c", DAY, null))).isEmpty();
        assertThat(callbacks.verify("unknown" + id, new Verification("subscribe", topic, "c", DAY, null))).isEmpty();
        assertThat(callbacks.verify(id, new Verification("unsubscribe", topic, "c", null, null))).isEmpty();
        assertThat(callbacks.verify(id, new Verification("subscribe", topic, " ", DAY, null))).isEmpty();
        assertThat(callbacks.verify(id, new Verification("publish", topic, "c", DAY, null))).isEmpty();
        assertThat(callbacks.verify(id, new Verification(null, topic, "c", DAY, null))).isEmpty();
        assertThat(websub(newsdesk, feedId).state()).isEqualTo(WebSubState.PENDING);

        assertThat(callbacks.verify(id, new Verification("subscribe", topic, "c", DAY, null))).contains("c");
        assertThat(websub(newsdesk, feedId).state()).isEqualTo(WebSubState.ACTIVE);
    }

    @Test
    void aHubThatVerifiesBeforeItAnswersLeavesTheSubscriptionActive() {
        Newsdesk newsdesk = open();
        long feedId = addFeedPushedBy(newsdesk, hub);
        hub.beforeAnswering(request -> assertThat(confirm(newsdesk, request, DAY)).isPresent());

        newsdesk.websub().runOnce();

        WebSubStatus status = websub(newsdesk, feedId);
        assertThat(status.state()).isEqualTo(WebSubState.ACTIVE);
        assertThat(status.lastError()).isNull();
        clock.advance(Duration.ofHours(2));
        newsdesk.websub().runOnce();
        assertThat(hub.requests()).as("nothing to repeat before the renewal").hasSize(1);
    }

    @Test
    void aDeniedSubscriptionIsRecordedAndTheFeedIsPolledAsBefore() {
        Newsdesk newsdesk = open();
        long feedId = addFeedPushedBy(newsdesk, hub);
        Instant nextPoll = feed(newsdesk, feedId).poll().nextCheckAt();
        newsdesk.websub().runOnce();
        RecordingHub.Request request = hub.last();

        assertThat(newsdesk.websub().callbacks().verify(request.callbackId(),
                new Verification("denied", request.topic(), null, null, "topic not allowed"))).contains("");

        WebSubStatus denied = websub(newsdesk, feedId);
        assertThat(denied.state()).isEqualTo(WebSubState.DENIED);
        assertThat(denied.lastError()).isEqualTo("the hub denied the subscription: topic not allowed");
        assertThat(feed(newsdesk, feedId).poll().nextCheckAt()).isEqualTo(nextPoll);
        clock.advance(Duration.ofDays(30));
        newsdesk.websub().runOnce();
        assertThat(hub.requests()).hasSize(1);
        assertThat(newsdesk.websub().callbacks().deliver(request.callbackId(), new byte[0], null, null))
                .isEqualTo(Delivery.UNKNOWN);
    }

    @Test
    void leasesAreRenewedBeforeTheyRunOut() {
        Newsdesk newsdesk = open();
        long feedId = addFeedPushedBy(newsdesk, hub);
        newsdesk.websub().runOnce();
        RecordingHub.Request first = hub.last();
        confirm(newsdesk, first, DAY);

        clock.advance(Duration.ofHours(20));
        newsdesk.websub().runOnce();
        assertThat(hub.requests()).as("85% of a day is 20.4 hours").hasSize(1);

        clock.advance(Duration.ofMinutes(30));
        newsdesk.websub().runOnce();

        RecordingHub.Request renewal = hub.last();
        assertThat(hub.requests()).hasSize(2);
        assertThat(renewal.form()).isEqualTo(first.form());
        assertThat(websub(newsdesk, feedId).state()).isEqualTo(WebSubState.ACTIVE);
        confirm(newsdesk, renewal, DAY);
        assertThat(websub(newsdesk, feedId).leaseExpiresAt()).isEqualTo(clock.instant().plus(Duration.ofDays(1)));
    }

    @Test
    void aLeaseThatRunsOutUnrenewedExpiresAndIsRequestedAgainWhilePollingResumes() {
        Newsdesk newsdesk = open();
        long feedId = addFeedPushedBy(newsdesk, hub);
        newsdesk.websub().runOnce();
        confirm(newsdesk, hub.last(), DAY);
        hub.answer(503, "hub under maintenance");

        clock.advance(Duration.ofHours(21));
        newsdesk.websub().runOnce();
        WebSubStatus failing = websub(newsdesk, feedId);
        assertThat(failing.state()).isEqualTo(WebSubState.ACTIVE);
        assertThat(failing.lastError()).contains("HTTP 503").contains("hub under maintenance");

        clock.set(NOW.plus(Duration.ofDays(1)));
        newsdesk.websub().runOnce();

        assertThat(websub(newsdesk, feedId).state()).isEqualTo(WebSubState.EXPIRED);
        assertThat(feed(newsdesk, feedId).poll().nextCheckAt()).as("due for polling again")
                .isBeforeOrEqualTo(clock.instant());
        newsdesk.feeds().refresh(USER, feedId);
        newsdesk.websub().runOnce();
        assertThat(feed(newsdesk, feedId).poll().nextCheckAt()).as("polled at its own rhythm again")
                .isBefore(clock.instant().plus(Duration.ofHours(12)));
        int requests = hub.requests().size();
        hub.answer(202, "");
        clock.advance(Duration.ofDays(1));
        newsdesk.websub().runOnce();
        assertThat(hub.requests()).hasSize(requests + 1);
        confirm(newsdesk, hub.last(), DAY);
        assertThat(websub(newsdesk, feedId).state()).isEqualTo(WebSubState.ACTIVE);
    }

    @Test
    void aHubThatNeverConfirmsIsAskedAgainLaterAndTheFeedSaysSo() {
        Newsdesk newsdesk = open();
        long feedId = addFeedPushedBy(newsdesk, hub);
        newsdesk.websub().runOnce();

        clock.advance(Duration.ofMinutes(59));
        newsdesk.websub().runOnce();
        assertThat(hub.requests()).hasSize(1);

        clock.advance(Duration.ofMinutes(1));
        newsdesk.websub().runOnce();

        assertThat(hub.requests()).hasSize(2);
        assertThat(websub(newsdesk, feedId).state()).isEqualTo(WebSubState.PENDING);
        assertThat(websub(newsdesk, feedId).lastError()).isEqualTo("no confirmation from the hub after 2 requests");
    }

    @Test
    void removingTheFeedUnsubscribesAtTheHub() {
        Newsdesk newsdesk = open();
        long feedId = addFeedPushedBy(newsdesk, hub);
        newsdesk.websub().runOnce();
        RecordingHub.Request subscription = hub.last();
        confirm(newsdesk, subscription, DAY);
        WebSubCallbacks callbacks = newsdesk.websub().callbacks();

        newsdesk.feeds().remove(USER, feedId);
        newsdesk.websub().runOnce();

        RecordingHub.Request unsubscription = hub.last();
        assertThat(unsubscription.mode()).isEqualTo("unsubscribe");
        assertThat(unsubscription.topic()).isEqualTo(subscription.topic());
        assertThat(unsubscription.callback()).isEqualTo(subscription.callback());
        assertThat(callbacks.verify(subscription.callbackId(),
                new Verification("subscribe", subscription.topic(), "again", DAY, null))).isEmpty();
        assertThat(callbacks.verify(subscription.callbackId(),
                new Verification("unsubscribe", subscription.topic(), "bye", null, null))).contains("bye");
        assertThat(callbacks.deliver(subscription.callbackId(), new byte[0], null, null)).isEqualTo(Delivery.UNKNOWN);
        assertThat(callbacks.verify(subscription.callbackId(),
                new Verification("unsubscribe", subscription.topic(), "bye", null, null))).isEmpty();
    }

    @Test
    void aHubThatNeverConfirmsTheEndIsGivenUpOnAfterThreeRequests() {
        Newsdesk newsdesk = open();
        long feedId = addFeedPushedBy(newsdesk, hub);
        newsdesk.websub().runOnce();
        RecordingHub.Request subscription = hub.last();
        confirm(newsdesk, subscription, DAY);
        hub.answer(500, "");

        newsdesk.feeds().remove(USER, feedId);
        for (Duration wait : List.of(Duration.ZERO, Duration.ofMinutes(5), Duration.ofMinutes(10), Duration.ofMinutes(20))) {
            clock.advance(wait);
            newsdesk.websub().runOnce();
        }

        assertThat(hub.requests()).extracting(RecordingHub.Request::mode)
                .containsExactly("subscribe", "unsubscribe", "unsubscribe", "unsubscribe");
        assertThat(newsdesk.websub().callbacks().verify(subscription.callbackId(),
                new Verification("unsubscribe", subscription.topic(), "late", null, null))).as("forgotten").isEmpty();
    }

    @Test
    void aSubscriptionNeverConfirmedIsSimplyForgottenWhenTheFeedGoes() {
        Newsdesk newsdesk = open();
        long feedId = addFeedPushedBy(newsdesk, hub);
        newsdesk.websub().runOnce();
        RecordingHub.Request subscription = hub.last();

        newsdesk.feeds().remove(USER, feedId);
        newsdesk.websub().runOnce();

        assertThat(hub.requests()).hasSize(1);
        assertThat(confirm(newsdesk, subscription, DAY)).isEmpty();
    }

    @Test
    void aFeedThatMovedToAnotherHubLeavesTheOldOneAtRenewal() {
        Newsdesk newsdesk = open();
        long feedId = addFeedPushedBy(newsdesk, hub);
        newsdesk.websub().runOnce();
        RecordingHub.Request old = hub.last();
        confirm(newsdesk, old, DAY);
        serveFeedPushedBy(otherHub);

        clock.advance(Duration.ofHours(21));
        newsdesk.websub().runOnce();

        assertThat(hub.last().mode()).isEqualTo("unsubscribe");
        assertThat(hub.last().callback()).isEqualTo(old.callback());
        RecordingHub.Request moved = otherHub.last();
        assertThat(moved.mode()).isEqualTo("subscribe");
        assertThat(moved.callback()).isNotEqualTo(old.callback());
        assertThat(moved.form().get("hub.secret")).isNotEqualTo(old.form().get("hub.secret"));
        assertThat(websub(newsdesk, feedId).hubUrl()).isEqualTo(otherHub.url());
        assertThat(websub(newsdesk, feedId).state()).isEqualTo(WebSubState.PENDING);
        assertThat(newsdesk.websub().callbacks().verify(old.callbackId(),
                new Verification("unsubscribe", old.topic(), "bye", null, null))).contains("bye");
    }

    @Test
    void feedsWithoutAHubAreLookedAtAgainOnlyAfterAWeek() {
        Newsdesk newsdesk = open();
        site.serve("/plain", Reply.rss(Feeds.rss("Plain", 0, List.of(item("1", "One", NOW, "Text")))));
        long feedId = newsdesk.feeds().add(USER, site.url("/plain"), null).id();

        newsdesk.websub().runOnce();
        newsdesk.websub().runOnce();
        clock.advance(Duration.ofDays(7));
        newsdesk.websub().runOnce();
        assertThat(site.requests("/plain")).as("added, examined once").hasSize(2);

        clock.advance(Duration.ofMillis(1));
        newsdesk.websub().runOnce();

        assertThat(site.requests("/plain")).hasSize(3);
        assertThat(hub.requests()).isEmpty();
        assertThat(summary(newsdesk, feedId).websub()).isNull();
    }

    @Test
    void withoutAPublicUrlNoHubIsAskedButCallbacksStillAnswer() {
        Newsdesk newsdesk = open(TestNewsdesk.config(dataDir, clock));
        addFeedPushedBy(newsdesk, hub);

        assertThat(newsdesk.websub().enabled()).isFalse();
        newsdesk.startBackgroundWork();

        assertThat(newsdesk.websub().callbacks().verify("any", new Verification("subscribe", "t", "c", DAY, null)))
                .isEmpty();
        assertThat(hub.requests()).isEmpty();
    }

    /** Newsdesk on SQLite that subscribes to hubs. */
    private Newsdesk open() {
        return open(TestNewsdesk.config(dataDir, clock).withPublicUrl(PUBLIC_URL));
    }

    private Newsdesk open(NewsdeskConfig config) {
        Newsdesk newsdesk = Newsdesk.open(config);
        toClose.add(newsdesk);
        return newsdesk;
    }

    private long addFeedPushedBy(Newsdesk newsdesk, RecordingHub pusher) {
        serveFeedPushedBy(pusher);
        return newsdesk.feeds().add(USER, site.url("/feed"), null).id();
    }

    private void serveFeedPushedBy(RecordingHub pusher) {
        site.serve("/feed", Reply.rss(Feeds.rss("Harbour", 0, busyDay()))
                .header("Link", "<" + pusher.url() + ">; rel=\"hub\", <" + site.url("/feed") + ">; rel=\"self\""));
    }

    /** Twenty stories in the last day: polled every few hours (a week / 20), far more often than the safety interval. */
    private static List<Feeds.Item> busyDay() {
        List<Feeds.Item> items = new ArrayList<>();
        for (int hour = 0; hour < 20; hour++) {
            items.add(item("story-" + hour, "Harbour story " + hour, NOW.minus(Duration.ofHours(hour)), "Quay news."));
        }
        return items;
    }

    private Optional<String> confirm(Newsdesk newsdesk, RecordingHub.Request request, String leaseSeconds) {
        return newsdesk.websub().callbacks().verify(request.callbackId(), new Verification(
                request.mode(), request.topic(), "challenge-" + request.callbackId(), leaseSeconds, null));
    }

    private static FeedSummary summary(Newsdesk newsdesk, long feedId) {
        return newsdesk.feeds().get(USER, feedId);
    }

    private static WebSubStatus websub(Newsdesk newsdesk, long feedId) {
        return summary(newsdesk, feedId).websub();
    }

    private static Feed feed(Newsdesk newsdesk, long feedId) {
        return summary(newsdesk, feedId).feed();
    }

    private static List<String> titles(Newsdesk newsdesk) {
        return newsdesk.entries().list(USER, EntryService.Filter.unread(100)).items().stream()
                .map(stored -> stored.entry().title())
                .toList();
    }
}
