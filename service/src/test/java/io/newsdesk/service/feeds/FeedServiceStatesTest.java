package io.newsdesk.service.feeds;

import static io.newsdesk.service.NewsdeskException.Kind.INVALID;
import static io.newsdesk.service.NewsdeskException.Kind.NOT_FOUND;
import static io.newsdesk.service.testing.Feeds.item;
import static io.newsdesk.service.testing.NewsdeskAssertions.assertFailsWith;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.PollState;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.testing.Await;
import io.newsdesk.service.testing.Feeds;
import io.newsdesk.service.testing.FixtureServer;
import io.newsdesk.service.testing.FixtureServer.Reply;
import io.newsdesk.service.testing.MutableClock;
import io.newsdesk.service.testing.TestNewsdesk;
import io.newsdesk.store.testing.DatabaseTest;
import io.newsdesk.store.testing.TestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Feeds that are gone, enabled again, or on a host that asked for a pause, as the services treat them. */
class FeedServiceStatesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final long USER = Newsdesk.OWNER;
    private static final Reply FEED = Reply.rss(Feeds.rss("Feed", item("story", "Story", NOW, "Text.")));

    @TempDir
    Path dataDir;

    private final MutableClock clock = new MutableClock(NOW);
    private final FixtureServer server = FixtureServer.start("127.0.0.1");
    private final FixtureServer otherHost = FixtureServer.start("127.0.0.2");
    private Newsdesk newsdesk;
    private PollingRig rig;

    @AfterEach
    void tearDown() {
        if (newsdesk != null) {
            newsdesk.close();
        }
        if (rig != null) {
            rig.close();
        }
        server.close();
        otherHost.close();
    }

    @DatabaseTest
    void aGoneFeedIsLeftOutOfRefreshAllUntilTheUserEnablesIt(TestDatabase database) {
        FeedService feeds = open(database);
        server.serve("/feed", FEED);
        long feedId = feeds.add(USER, server.url("/feed"), null).id();
        server.serve("/feed", Reply.status(410));

        RefreshOutcome gone = feeds.refresh(USER, feedId);
        List<RefreshOutcome> all = feeds.refreshAll(USER, ProgressListener.NONE);

        assertThat(gone.error()).isEqualTo("HTTP 410 Gone");
        assertThat(feeds.get(USER, feedId).feed().poll().disabled()).isTrue();
        assertThat(all).isEmpty();
        assertThat(server.requests("/feed")).hasSize(2);

        clock.advance(Duration.ofMinutes(5));
        PollState enabled = feeds.enable(USER, feedId).feed().poll();

        assertThat(enabled.disabled()).isFalse();
        assertThat(enabled.errorCount()).isZero();
        assertThat(enabled.lastError()).isNull();
        assertThat(enabled.lastStatus()).isEqualTo(410);
        assertThat(enabled.nextCheckAt()).isEqualTo(NOW.plus(Duration.ofMinutes(5)));
        assertThat(feeds.refreshAll(USER, ProgressListener.NONE)).extracting(RefreshOutcome::feedId).containsExactly(feedId);
    }

    @DatabaseTest
    void enablingAFeedThatIsNotDisabledChangesNothing(TestDatabase database) {
        FeedService feeds = open(database);
        server.serve("/feed", FEED);
        long feedId = feeds.add(USER, server.url("/feed"), null).id();
        PollState before = feeds.get(USER, feedId).feed().poll();

        assertThat(feeds.enable(USER, feedId).feed().poll()).isEqualTo(before);
    }

    @Test
    void onlyTheUsersRemoteFeedsCanBeEnabled() {
        FeedService feeds = open(null);
        long local = newsdeskLocalFeed();

        assertFailsWith(NOT_FOUND, () -> feeds.enable(USER, 999)).hasMessage("no feed 999");
        assertFailsWith(INVALID, () -> feeds.enable(USER, local))
                .hasMessage("feed " + local + " holds imported entries and is not fetched");
    }

    @Test
    void theFeedsOfAHostThatAskedForAPauseAreDeferredByRefreshAllButNotByASingleRefresh() {
        rig = new PollingRig(clock, PollingRig.Options.defaults());
        server.serve("/limited", Reply.status(429).header("Retry-After", "300"));
        server.serve("/sibling", FEED);
        otherHost.serve("/other", FEED);
        long limited = rig.subscribe(server.url("/limited"));
        long sibling = rig.subscribe(server.url("/sibling"));
        long other = rig.subscribe(otherHost.url("/other"));

        RefreshOutcome refused = rig.feeds.refresh(USER, limited);
        Map<Long, RefreshOutcome> all = rig.feeds.refreshAll(USER, ProgressListener.NONE).stream()
                .collect(Collectors.toMap(RefreshOutcome::feedId, outcome -> outcome));

        assertThat(refused.httpStatus()).isEqualTo(429);
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(300));
        Instant until = NOW.plusSeconds(300);
        assertThat(all.get(sibling).status()).isEqualTo(RefreshOutcome.Status.DEFERRED);
        assertThat(all.get(sibling).error()).isEqualTo("not checked: 127.0.0.1 asked to be left alone until " + until);
        assertThat(all.get(sibling).nextCheckAt()).isEqualTo(until);
        assertThat(all.get(limited).status()).isEqualTo(RefreshOutcome.Status.DEFERRED);
        assertThat(all.get(other).status()).isEqualTo(RefreshOutcome.Status.UPDATED);
        assertThat(server.requests("/sibling")).isEmpty();
        assertThat(server.requests("/limited")).hasSize(1);
        assertThat(rig.poll(sibling).lastCheckedAt()).as("a deferred feed records nothing").isNull();

        RefreshOutcome asked = rig.feeds.refresh(USER, sibling);

        assertThat(asked.status()).isEqualTo(RefreshOutcome.Status.UPDATED);
        clock.advance(Duration.ofSeconds(300));
        assertThat(rig.feeds.refreshAll(USER, ProgressListener.NONE))
                .filteredOn(outcome -> outcome.feedId() == limited)
                .singleElement()
                .satisfies(outcome -> assertThat(outcome.httpStatus()).isEqualTo(429));
    }

    @Test
    void theRunningPollerChecksAFeedAsSoonAsItIsEnabled() {
        rig = new PollingRig(clock, PollingRig.Options.defaults().longestSleep(Duration.ofHours(1)));
        server.serve("/feed", Reply.status(410));
        long feedId = rig.subscribe(server.url("/feed"));
        rig.poller.start();
        Await.until("the feed was disabled", () -> rig.poll(feedId).disabled());
        server.serve("/feed", FEED);

        clock.advance(Duration.ofMinutes(1));
        rig.feeds.enable(USER, feedId);

        Await.until("the enabled feed was checked and stored", () -> rig.total(feedId) == 1);
        assertThat(rig.poll(feedId).disabled()).isFalse();
        assertThat(server.requests("/feed")).hasSize(2);
    }

    private FeedService open(TestDatabase database) {
        newsdesk = database == null
                ? TestNewsdesk.open(dataDir, clock)
                : TestNewsdesk.open(dataDir, database, clock);
        return newsdesk.feeds();
    }

    private long newsdeskLocalFeed() {
        return newsdesk.imports().importDocument(USER, "local.xml",
                Feeds.rss("Local copy", item("l", "Kept locally", NOW, "Local.")).getBytes(StandardCharsets.UTF_8), null)
                .feedId();
    }
}
