package io.newsdesk.service.feeds;

import io.newsdesk.store.DueFeed;
import io.newsdesk.store.FeedRepository;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks due feeds in the background: a scheduler thread picks the feeds whose next check has come
 * and hands each to a virtual thread, with a global bound on concurrent checks and at most a few
 * at a time per host, so one slow or failing site never holds up the rest and no site is hammered.
 */
public final class Poller implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Poller.class);
    private static final Duration IDLE_WAIT = Duration.ofSeconds(15);

    private final FeedRepository feeds;
    private final FeedRefresher refresher;
    private final Clock clock;
    private final int batch;
    private final HostLimits limits;
    private final ChecksInFlight inFlight;
    private final ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean running;
    private Thread scheduler;

    /**
     * @param limits the concurrency bounds, shared with other work against remote sites
     * @param inFlight the feeds being checked in this process, shared with the services
     * @param batch how many due feeds to pick up per round
     */
    public Poller(FeedRepository feeds, FeedRefresher refresher, HostLimits limits, ChecksInFlight inFlight,
            Clock clock, int batch) {
        this.feeds = feeds;
        this.refresher = refresher;
        this.clock = clock;
        this.batch = batch;
        this.limits = limits;
        this.inFlight = inFlight;
    }

    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        scheduler = Thread.ofPlatform().daemon().name("newsdesk-poller").start(this::schedule);
    }

    /** Looks for due feeds now instead of at the next tick (after a feed was added, say). */
    public void wakeUp() {
        lock.lock();
        try {
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** How many checks are running right now. */
    public int activeChecks() {
        return inFlight.size();
    }

    private void schedule() {
        while (running) {
            try {
                // Feeds still in flight come back as due; asking for that many more keeps a slow
                // host's backlog from crowding every other feed out of the round.
                List<DueFeed> due = feeds.due(clock.instant(), batch + inFlight.size());
                for (DueFeed feed : due) {
                    if (inFlight.begin(feed.id())) {
                        workers.submit(() -> check(feed));
                    }
                }
                sleep(due.isEmpty() ? IDLE_WAIT : Duration.ofSeconds(1));
            } catch (RuntimeException e) {
                log.error("Polling round failed; retrying shortly", e);
                sleep(IDLE_WAIT);
            }
        }
    }

    private void check(DueFeed feed) {
        try {
            limits.run(feed.url(), () -> refresher.refresh(PollTarget.of(feed)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The refresher records the feed's own problems; this is storage failing under it,
            // which would otherwise vanish with the worker's future.
            log.error("Checking feed {} ({}) failed", feed.id(), feed.url(), e);
        } finally {
            inFlight.end(feed.id());
        }
    }

    private void sleep(Duration duration) {
        lock.lock();
        try {
            if (running) {
                wake.await(duration.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        running = false;
        wakeUp();
        Thread thread;
        synchronized (this) {
            thread = scheduler;
        }
        if (thread != null) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
