package io.newsdesk.store;

import static io.newsdesk.store.TestEntries.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.domain.PollState;
import io.newsdesk.store.testing.DatabaseTest;
import io.newsdesk.store.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;

class WebSubRepositoryTest {

    private static final String HUB = "https://hub.example/";
    private static final Duration LEASE = Duration.ofDays(10);

    @DatabaseTest
    void aNewSubscriptionIsPendingAndDueAtOnce(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");

        WebSubSubscription created = db.websub().create(feed, HUB, "https://a.example/self", "cb-1", "s3cret");

        assertThat(created.feedId()).isEqualTo(feed);
        assertThat(created.feedUrl()).isEqualTo("https://a.example/feed");
        assertThat(created.state()).isEqualTo(WebSubState.PENDING);
        assertThat(created.hubUrl()).isEqualTo(HUB);
        assertThat(created.topicUrl()).isEqualTo("https://a.example/self");
        assertThat(created.secret()).isEqualTo("s3cret");
        assertThat(created.requestedAt()).isNull();
        assertThat(created.attempts()).isZero();
        assertThat(db.websub().findByCallback("cb-1")).contains(created);
        assertThat(db.websub().findByCallback("cb-2")).isEmpty();
        assertThat(db.websub().due(created.nextActionAt(), 10)).containsExactly(created);
        assertThat(db.websub().due(created.nextActionAt().minusMillis(1), 10)).isEmpty();
    }

    @DatabaseTest
    void aFeedHasOneCurrentSubscriptionButMayBeLeavingAnotherHub(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        WebSubSubscription old = db.websub().create(feed, HUB, "https://a.example/feed", "cb-old", "s1");

        assertThatThrownBy(() -> db.websub().create(feed, "https://other.example/", "https://a.example/feed", "cb-x", "s2"))
                .isInstanceOf(StoreException.class);

        db.websub().startUnsubscribing(old.id());
        WebSubSubscription moved = db.websub().create(feed, "https://other.example/", "https://a.example/feed", "cb-new", "s3");

        assertThat(db.feeds().list(1).getFirst().websub().hubUrl()).as("the current one").isEqualTo("https://other.example/");
        assertThat(moved.state()).isEqualTo(WebSubState.PENDING);
        assertThat(db.websub().findByCallback("cb-old").orElseThrow().state()).isEqualTo(WebSubState.UNSUBSCRIBING);
    }

    @DatabaseTest
    void feedsWithoutASubscriptionAreExaminedForAHubAgainOnlyAfterTheInterval(Database db) {
        long plain = TestEntries.subscribedFeed(db, "https://a.example/feed");
        long pushed = TestEntries.subscribedFeed(db, "https://b.example/feed");
        WebSubSubscription pushedAt = db.websub().create(pushed, HUB, "https://b.example/feed", "cb-b", "s");
        long local = db.feeds().findOrCreate("local:imports", FeedRepository.LOCAL);
        db.feeds().subscribe(1, local, null, null);
        db.feeds().findOrCreate("https://c.example/feed", FeedRepository.REMOTE);
        long disabled = TestEntries.subscribedFeed(db, "https://d.example/feed");
        db.feeds().recordPoll(disabled, new PollState(NOW, NOW, null, 1, "HTTP 410 Gone", 410, null, null, true));

        assertThat(db.websub().awaitingDiscovery(NOW, 10))
                .containsExactly(new WebSubCandidate(plain, "https://a.example/feed"));

        db.websub().recordDiscovery(plain, NOW);

        assertThat(db.websub().awaitingDiscovery(NOW, 10)).isEmpty();
        assertThat(db.websub().awaitingDiscovery(NOW.plusMillis(1), 10)).extracting(WebSubCandidate::feedId)
                .containsExactly(plain);
        db.websub().recordDiscovery(plain, NOW.plusSeconds(60));
        assertThat(db.websub().awaitingDiscovery(NOW.plusMillis(1), 10)).isEmpty();

        // A feed whose hub is being left may find a new one.
        db.websub().startUnsubscribing(pushedAt.id());
        assertThat(db.websub().awaitingDiscovery(NOW, 10)).extracting(WebSubCandidate::feedId).containsExactly(pushed);
    }

    @DatabaseTest
    void feedsNeverExaminedComeBeforeFeedsExaminedLongAgo(Database db) {
        long examined = TestEntries.subscribedFeed(db, "https://a.example/feed");
        db.websub().recordDiscovery(examined, NOW.minus(Duration.ofDays(30)));
        long fresh = TestEntries.subscribedFeed(db, "https://b.example/feed");

        assertThat(db.websub().awaitingDiscovery(NOW, 10)).extracting(WebSubCandidate::feedId)
                .containsExactly(fresh, examined);
        assertThat(db.websub().awaitingDiscovery(NOW, 1)).extracting(WebSubCandidate::feedId).containsExactly(fresh);
    }

    @DatabaseTest
    void theOutcomeOfARequestIsRecordedUnlessTheHubConfirmedItMeanwhile(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        WebSubSubscription sub = db.websub().create(feed, HUB, "https://a.example/feed", "cb", "s");

        db.websub().recordRequest(sub.id(), NOW);
        db.websub().recordRequestOutcome(sub.id(), NOW, "HTTP 500 from the hub", NOW.plusSeconds(300));

        WebSubSubscription failed = db.websub().findByCallback("cb").orElseThrow();
        assertThat(failed.requestedAt()).isEqualTo(NOW);
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).isEqualTo("HTTP 500 from the hub");
        assertThat(failed.nextActionAt()).isEqualTo(NOW.plusSeconds(300));
        assertThat(failed.verifiedAt()).isNull();

        Instant again = NOW.plusSeconds(300);
        db.websub().recordRequest(sub.id(), again);
        // The hub verified before it answered the request (some hubs do so synchronously).
        assertThat(db.websub().activate(sub.id(), LEASE, again, again.plus(Duration.ofDays(8)))).isTrue();
        db.websub().recordRequestOutcome(sub.id(), again, null, again.plusSeconds(3600));

        WebSubSubscription active = db.websub().findByCallback("cb").orElseThrow();
        assertThat(active.state()).isEqualTo(WebSubState.ACTIVE);
        assertThat(active.attempts()).isZero();
        assertThat(active.lastError()).isNull();
        assertThat(active.lease()).isEqualTo(LEASE);
        assertThat(active.leaseExpiresAt()).isEqualTo(again.plus(LEASE));
        assertThat(active.verifiedAt()).isEqualTo(again);
        assertThat(active.nextActionAt()).as("the confirmation's renewal time stands").isEqualTo(again.plus(Duration.ofDays(8)));
    }

    @DatabaseTest
    void onlyWantedSubscriptionsCanBeActivated(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        WebSubSubscription denied = db.websub().create(feed, HUB, "https://a.example/feed", "cb-denied", "s");
        assertThat(db.websub().deny(denied.id(), "not allowed")).isTrue();
        assertThat(db.websub().activate(denied.id(), LEASE, NOW, NOW.plus(LEASE))).isFalse();
        assertThat(db.websub().findByCallback("cb-denied").orElseThrow()).satisfies(row -> {
            assertThat(row.state()).isEqualTo(WebSubState.DENIED);
            assertThat(row.lastError()).isEqualTo("not allowed");
            assertThat(row.nextActionAt()).isNull();
        });

        long other = TestEntries.subscribedFeed(db, "https://b.example/feed");
        WebSubSubscription leaving = db.websub().create(other, HUB, "https://b.example/feed", "cb-leaving", "s");
        db.websub().startUnsubscribing(leaving.id());
        assertThat(db.websub().activate(leaving.id(), LEASE, NOW, NOW.plus(LEASE))).isFalse();
        assertThat(db.websub().deny(leaving.id(), "no")).as("a subscription being ended stays so").isFalse();
        assertThat(db.websub().findByCallback("cb-leaving").orElseThrow().state()).isEqualTo(WebSubState.UNSUBSCRIBING);
    }

    @DatabaseTest
    void anActiveSubscriptionExpiresAndIsDueAgain(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        WebSubSubscription sub = db.websub().create(feed, HUB, "https://a.example/feed", "cb", "s");
        db.websub().activate(sub.id(), LEASE, NOW, NOW.plus(Duration.ofDays(8)));

        db.websub().expire(sub.id());

        WebSubSubscription expired = db.websub().findByCallback("cb").orElseThrow();
        assertThat(expired.state()).isEqualTo(WebSubState.EXPIRED);
        assertThat(db.websub().due(NOW.plus(LEASE), 10)).extracting(WebSubSubscription::id).containsExactly(sub.id());
        assertThat(db.websub().activate(sub.id(), LEASE, NOW.plus(LEASE), NOW.plus(LEASE).plus(LEASE))).isTrue();
    }

    @DatabaseTest
    void removingTheFeedKeepsItsSubscriptionToEndAtTheHub(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        WebSubSubscription sub = db.websub().create(feed, HUB, "https://a.example/feed", "cb", "s");
        db.websub().activate(sub.id(), LEASE, NOW, NOW.plus(Duration.ofDays(8)));

        db.feeds().unsubscribe(1, feed);

        WebSubSubscription orphan = db.websub().findByCallback("cb").orElseThrow();
        assertThat(orphan.feedId()).isNull();
        assertThat(orphan.feedUrl()).isNull();
        assertThat(orphan.wanted()).isFalse();
        assertThat(db.websub().due(NOW, 10)).as("due at once, whatever its schedule").containsExactly(orphan);
        assertThat(db.websub().activate(sub.id(), LEASE, NOW, NOW.plus(LEASE))).isFalse();
        db.websub().recordDiscovery(feed, NOW); // the feed is gone: nothing to record, and no failure

        db.websub().startUnsubscribing(sub.id());
        assertThat(db.websub().due(NOW.minusSeconds(1), 10)).as("scheduled now, no longer an orphan to pick up").isEmpty();
        db.websub().delete(sub.id());
        assertThat(db.websub().findByCallback("cb")).isEmpty();
    }

    @DatabaseTest
    void pollingOfActivelyPushedFeedsIsDeferredToTheSafetyInterval(Database db) {
        Duration safety = Duration.ofHours(24);
        long pushed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        long pending = TestEntries.subscribedFeed(db, "https://b.example/feed");
        long lapsed = TestEntries.subscribedFeed(db, "https://c.example/feed");
        long polled = TestEntries.subscribedFeed(db, "https://d.example/feed");
        for (long feed : new long[] {pushed, pending, lapsed, polled}) {
            db.feeds().recordPoll(feed, checkedAt(NOW, NOW.plus(Duration.ofHours(1))));
        }
        db.websub().activate(db.websub().create(pushed, HUB, "t1", "cb1", "s").id(), LEASE, NOW, NOW.plus(LEASE));
        db.websub().create(pending, HUB, "t2", "cb2", "s");
        db.websub().activate(db.websub().create(lapsed, HUB, "t3", "cb3", "s").id(),
                Duration.ofHours(1), NOW.minus(Duration.ofHours(2)), NOW);

        assertThat(db.websub().deferPolling(NOW, safety)).isEqualTo(1);

        assertThat(nextCheck(db, pushed)).isEqualTo(NOW.plus(safety));
        assertThat(nextCheck(db, pending)).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(nextCheck(db, lapsed)).as("its lease ran out: polled as usual").isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(nextCheck(db, polled)).isEqualTo(NOW.plus(Duration.ofHours(1)));
        assertThat(db.websub().deferPolling(NOW, safety)).as("never twice").isZero();

        // A later check scheduled beyond the safety interval (a publisher's long ttl) is left alone.
        db.feeds().recordPoll(pushed, checkedAt(NOW, NOW.plus(Duration.ofDays(3))));
        assertThat(db.websub().deferPolling(NOW, safety)).isZero();
        assertThat(nextCheck(db, pushed)).isEqualTo(NOW.plus(Duration.ofDays(3)));
    }

    @DatabaseTest
    void theFeedListShowsEachFeedsCurrentSubscription(TestDatabase test) {
        Database db = test.database();
        long bob = test.addUser("bob");
        long pushed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        long plain = TestEntries.subscribedFeed(db, "https://b.example/feed");
        db.feeds().subscribe(bob, pushed, null, null);
        WebSubSubscription sub = db.websub().create(pushed, HUB, "https://a.example/self", "cb", "s");
        db.websub().activate(sub.id(), LEASE, NOW, NOW.plus(Duration.ofDays(8)));
        db.websub().recordDelivery(sub.id(), NOW.plusSeconds(60));

        WebSubStatus expected = new WebSubStatus(WebSubState.ACTIVE, HUB, "https://a.example/self",
                NOW.plus(LEASE), NOW.plusSeconds(60), null);
        assertThat(db.feeds().list(1)).filteredOn(summary -> summary.feed().id() == pushed)
                .singleElement().extracting(FeedSummary::websub).isEqualTo(expected);
        assertThat(db.feeds().list(bob)).singleElement().extracting(FeedSummary::websub).isEqualTo(expected);
        assertThat(db.feeds().list(1)).filteredOn(summary -> summary.feed().id() == plain)
                .singleElement().extracting(FeedSummary::websub).isNull();

        db.websub().recordProblem(sub.id(), "a delivery without a signature was ignored");
        assertThat(db.feeds().list(bob).getFirst().websub().lastError()).isEqualTo("a delivery without a signature was ignored");
        db.websub().startUnsubscribing(sub.id());
        assertThat(db.feeds().list(bob).getFirst().websub()).isNull();
    }

    @DatabaseTest
    void aDeliveryTargetsTheFeedWithItsValidators(Database db) {
        long feed = TestEntries.subscribedFeed(db, "https://a.example/feed");
        db.feeds().recordPoll(feed, new PollState(NOW, NOW.plusSeconds(600), Duration.ofMinutes(10), 2, "HTTP 500",
                500, "\"v1\"", "Fri, 20 Nov 2026 11:00:00 GMT", false));

        assertThat(db.websub().deliveryTarget(feed)).contains(new DueFeed(feed, "https://a.example/feed", "\"v1\"",
                "Fri, 20 Nov 2026 11:00:00 GMT", Duration.ofMinutes(10), 2));
        assertThat(db.websub().deliveryTarget(feed + 1000)).isEmpty();
    }

    private static PollState checkedAt(Instant checked, Instant next) {
        return new PollState(checked, next, Duration.ofHours(1), 0, null, 200, null, null, false);
    }

    private static Instant nextCheck(Database db, long feedId) {
        return db.feeds().find(1, feedId).orElseThrow().poll().nextCheckAt();
    }
}
