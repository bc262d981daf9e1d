package io.newsdesk.service.feeds;

import io.newsdesk.service.background.SchedulerLoop;
import io.newsdesk.store.DueFeed;
import io.newsdesk.store.FeedRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks due feeds in the background. A scheduler thread reads due feeds from the database in
 * batches sized to the global bound, queues them per host ({@link DueBacklog}) and starts each on a
 * virtual thread as soon as a slot for its host and a global slot are free ({@link HostLimits}), so
 * one slow or failing site never holds up the rest and no site is hammered. Hosts that asked for a
 * pause ({@link HostPauses}) wait until it ends.
 *
 * <p>Between rounds the scheduler sleeps until the earliest of: a check finishing, the next check
 * it knows of (scheduled by its own checks, {@link UpcomingChecks}, or found in the database at its
 * last read), a paused host's pause ending, a {@link #wakeUp()} (feeds added), and a longest sleep,
 * which bounds how late it notices checks that another process scheduled after that read (a CLI
 * command next to a server, say).
 */
public final class Poller implements AutoCloseable {

    /** A minute late at most for feeds scheduled elsewhere, for one small query a minute. */
    public static final Duration DEFAULT_LONGEST_SLEEP = Duration.ofMinutes(1);

    private static final Logger log = LoggerFactory.getLogger(Poller.class);
    /** A batch holds this many due feeds per global slot: enough to keep the slots busy between reads. */
    private static final int BATCH_PER_SLOT = 4;
    /** The most feeds one read looks at, however many hosts are backed up. */
    private static final int LARGEST_BATCH = 1 << 16;

    private final FeedRepository feeds;
    private final FeedRefresher refresher;
    private final Clock clock;
    private final HostLimits limits;
    private final HostPauses pauses;
    private final ChecksInFlight inFlight;
    private final Duration longestSleep;
    private final SchedulerLoop loop;
    private final Queue<String> freedHosts = new ConcurrentLinkedQueue<>();
    /** Feeds whose check ended, still claimed until the scheduler has seen them (see {@link #start}). */
    private final Queue<Long> finished = new ConcurrentLinkedQueue<>();
    private final UpcomingChecks upcoming = new UpcomingChecks();
    private final DueBacklog backlog = new DueBacklog();
    private final int baseBatch;

    // Scheduler thread only.
    private int batch;
    private boolean moreDue;
    /** The last read, at the largest batch, found nothing that could start: reading on will not help. */
    private boolean stalled;
    private Instant nextRead = Instant.MIN;

    /**
     * @param limits the concurrency bounds, shared with other work against remote sites
     * @param pauses the hosts that asked to be left alone, shared with other work against them
     * @param inFlight the feeds being checked in this process, shared with the services
     * @param longestSleep how long the scheduler sleeps at most without looking at the database
     */
    public Poller(FeedRepository feeds, FeedRefresher refresher, HostLimits limits, HostPauses pauses,
            ChecksInFlight inFlight, Clock clock, Duration longestSleep) {
        this.feeds = feeds;
        this.refresher = refresher;
        this.clock = clock;
        this.limits = limits;
        this.pauses = pauses;
        this.inFlight = inFlight;
        this.longestSleep = longestSleep;
        this.loop = new SchedulerLoop("newsdesk-poller", clock, longestSleep, Duration.ZERO);
        this.baseBatch = limits.global() * BATCH_PER_SLOT;
        this.batch = baseBatch;
        limits.onRelease(host -> {
            freedHosts.add(host);
            loop.signal();
        });
    }

    /**
     * Starts the scheduler thread; does nothing when it runs already.
     *
     * @throws IllegalStateException when the poller was closed
     */
    public void start() {
        loop.start(this::round, () -> nextRead = Instant.MIN, () -> backlog.clear().forEach(inFlight::end));
    }

    /** Looks for due feeds now instead of at the next check it knows of (after feeds were added, say). */
    public void wakeUp() {
        loop.wakeUp();
    }

    private void round() {
        Instant now = clock.instant();
        for (Long feedId = finished.poll(); feedId != null; feedId = finished.poll()) {
            inFlight.end(feedId);
        }
        for (String host = freedHosts.poll(); host != null; host = freedHosts.poll()) {
            backlog.slotFreed(host);
        }
        backlog.resumePaused(now);
        boolean deeper = false;
        if (readNeeded(now)) {
            deeper = read(now);
        }
        dispatch();
        if (!deeper) {
            // A slot freed since the round began is news the round has not seen yet.
            loop.sleepUntil(wakeTime(now), () -> !freedHosts.isEmpty());
        }
    }

    private boolean readNeeded(Instant now) {
        boolean wokenUp = loop.takeWakeUp();
        // Always asked, so the times that passed are forgotten.
        boolean feedBecameDue = upcoming.passed(now);
        return wokenUp || feedBecameDue || !now.isBefore(nextRead) || moreDueWanted();
    }

    /** More feeds are due than the last read returned, and the free slots have too few hosts to go to. */
    private boolean moreDueWanted() {
        return moreDue && !stalled && backlog.readyHosts() < limits.global();
    }

    /**
     * Reads the longest-overdue feeds, claims the new ones and queues them. The read asks for as
     * many as are claimed already plus a batch, because claimed feeds are still due in the
     * database; when a batch brings nothing that can start (all its feeds belong to busy or paused
     * hosts), the next one is twice as large, so one host's thousands of feeds cannot hide the
     * feeds of everyone else behind them.
     *
     * @return whether to read again at once: more is due and the next read looks further
     */
    private boolean read(Instant now) {
        int limit = inFlight.size() + batch;
        List<DueFeed> due = feeds.due(now, limit);
        int startable = 0;
        for (DueFeed feed : due) {
            if (backlog.contains(feed.id())) {
                backlog.refresh(feed);
            } else if (inFlight.begin(feed.id()) && backlog.add(feed)) {
                startable++;
            }
        }
        moreDue = due.size() >= limit;
        if (!moreDue) {
            // Everything due is in hand: what is queued but no longer due was checked elsewhere.
            Set<Long> stillDue = due.stream().map(DueFeed::id).collect(Collectors.toSet());
            backlog.retainOnly(stillDue).forEach(inFlight::end);
        }
        int previousBatch = batch;
        batch = startable > 0 || !moreDue ? baseBatch : Math.min(batch * 2, LARGEST_BATCH);
        stalled = moreDue && startable == 0 && batch == previousBatch;
        Instant latest = now.plus(longestSleep);
        // Checks scheduled outside this poller (a user's refresh or a new feed, here or in another
        // process) are in the database only: the earliest of them is when to read next.
        nextRead = moreDue ? latest : feeds.nextCheckAfter(now).filter(next -> next.isBefore(latest)).orElse(latest);
        return moreDueWanted();
    }

    /** Starts queued feeds, hosts in turn, while global slots are free. */
    private void dispatch() {
        HostLimits.Reservation reservation = limits.tryReserve();
        try {
            while (reservation != null) {
                String host = backlog.nextReadyHost();
                if (host == null) {
                    return;
                }
                Instant pausedUntil = pauses.pausedUntilForHost(host);
                if (pausedUntil != null) {
                    backlog.parkPaused(host, pausedUntil);
                    continue;
                }
                HostLimits.Slot slot = reservation.claim(host);
                if (slot == null) {
                    backlog.parkBusy(host);
                    continue;
                }
                start(backlog.take(host), slot);
                reservation = limits.tryReserve();
            }
        } finally {
            if (reservation != null) {
                reservation.cancel();
            }
        }
    }

    private void start(DueFeed feed, HostLimits.Slot slot) {
        loop.submit(() -> {
            try {
                RefreshOutcome outcome = refresher.refresh(PollTarget.of(feed));
                pauses.learnFrom(outcome);
                upcoming.add(outcome.nextCheckAt());
            } catch (RuntimeException e) {
                // The refresher records the feed's own problems; this is storage failing under it,
                // which would otherwise vanish with the worker's future.
                log.error("Checking feed {} ({}) failed", feed.id(), feed.url(), e);
            } finally {
                // The claim is released by the scheduler at the start of its next round, not here: a
                // read of due feeds that began before this check was recorded still lists the feed,
                // and must find it claimed rather than start it a second time.
                finished.add(feed.id());
                slot.close();
            }
        });
    }

    /** The earliest moment something may be waiting for the scheduler. */
    private Instant wakeTime(Instant now) {
        Instant wakeAt = nextRead;
        Instant nextCheck = upcoming.earliest();
        if (nextCheck != null && nextCheck.isBefore(wakeAt)) {
            wakeAt = nextCheck;
        }
        Instant pauseEnd = backlog.earliestPauseEnd();
        if (pauseEnd != null && pauseEnd.isBefore(wakeAt)) {
            wakeAt = pauseEnd;
        }
        return wakeAt.isBefore(now) ? now : wakeAt;
    }

    /** Stops the scheduler and interrupts checks in flight; an interrupted check records nothing. */
    @Override
    public void close() {
        loop.close();
        for (Long feedId = finished.poll(); feedId != null; feedId = finished.poll()) {
            inFlight.end(feedId);
        }
    }
}
