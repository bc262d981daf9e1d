package io.newsdesk.service.feeds;

import io.newsdesk.domain.PollState;
import io.newsdesk.fetch.FetchSettings;
import io.newsdesk.fetch.Fetcher;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.store.Database;
import io.newsdesk.store.Dialect;
import io.newsdesk.store.FeedRepository;
import io.newsdesk.store.FeedSummary;
import io.newsdesk.store.testing.TestDatabase;
import io.newsdesk.store.testing.TestDatabases;
import java.time.Clock;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * The polling machinery wired by hand, for tests that need bounds, timeouts or intervals other
 * than the application's: a SQLite database, a fetcher, the shared limits and pauses, a poller and
 * a feed service over them.
 */
final class PollingRig implements AutoCloseable {

    static final long USER = Newsdesk.OWNER;

    /** What a test may change; everything else is as in the application. */
    record Options(int global, int perHost, Duration minInterval, Duration maxInterval, Duration longestSleep,
            UnaryOperator<FetchSettings.Builder> fetch) {

        static Options defaults() {
            return new Options(4, 2, Duration.ofMinutes(10), Duration.ofHours(24), Poller.DEFAULT_LONGEST_SLEEP,
                    builder -> builder);
        }

        Options concurrency(int newGlobal, int newPerHost) {
            return new Options(newGlobal, newPerHost, minInterval, maxInterval, longestSleep, fetch);
        }

        Options intervals(Duration min, Duration max) {
            return new Options(global, perHost, min, max, longestSleep, fetch);
        }

        Options longestSleep(Duration sleep) {
            return new Options(global, perHost, minInterval, maxInterval, sleep, fetch);
        }

        Options fetch(UnaryOperator<FetchSettings.Builder> settings) {
            return new Options(global, perHost, minInterval, maxInterval, longestSleep, settings);
        }
    }

    final TestDatabase testDatabase;
    final Database database;
    final Fetcher fetcher;
    final HostLimits limits;
    final HostPauses pauses;
    final Poller poller;
    final FeedService feeds;

    PollingRig(Clock clock, Options options) {
        testDatabase = TestDatabases.create(Dialect.SQLITE, clock);
        database = testDatabase.database();
        fetcher = new Fetcher(options.fetch().apply(FetchSettings.builder()
                        .allowPrivateNetworks(true)
                        .maxConnectionsPerHost(options.perHost()))
                .build());
        // No jitter: next checks fall exactly where the policy puts them.
        PollPolicy policy = new PollPolicy(options.minInterval(), options.maxInterval(), () -> Long.MIN_VALUE);
        FeedRefresher refresher = new FeedRefresher(database, fetcher, policy, clock, () -> { });
        limits = new HostLimits(options.global(), options.perHost());
        pauses = new HostPauses(clock, options.maxInterval());
        ChecksInFlight inFlight = new ChecksInFlight();
        poller = new Poller(database.feeds(), refresher, limits, pauses, inFlight, clock, options.longestSleep());
        feeds = new FeedService(database, refresher, limits, pauses, inFlight, poller::wakeUp, clock);
    }

    /** Subscribes to a URL without checking it: the feed is due at once. */
    long subscribe(String url) {
        long feedId = database.feeds().findOrCreate(url, FeedRepository.REMOTE);
        database.feeds().subscribe(USER, feedId, null, null);
        return feedId;
    }

    /** The feed's polling state as the user sees it. */
    PollState poll(long feedId) {
        return summary(feedId).feed().poll();
    }

    /** How many entries the feed has. */
    int total(long feedId) {
        return summary(feedId).total();
    }

    private FeedSummary summary(long feedId) {
        return feeds.get(USER, feedId);
    }

    @Override
    public void close() {
        poller.close();
        fetcher.close();
        testDatabase.close();
    }
}
