package io.newsdesk.service.fulltext;

import io.newsdesk.extract.ArticleExtractor;
import io.newsdesk.fetch.Fetcher;
import io.newsdesk.service.background.SchedulerLoop;
import io.newsdesk.service.feeds.HostLimits;
import io.newsdesk.service.feeds.HostPauses;
import io.newsdesk.store.Database;
import io.newsdesk.store.FullTextJob;
import io.newsdesk.store.FullTextRepository;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the pages of queued entries in the background, extracts their articles and stores them
 * as the entries' full text; and makes the {@code auto} decision for feeds that need one.
 *
 * <p>The queue is in the database ({@link FullTextRepository}), so it survives restarts and sees
 * what other processes queued. A scheduler thread reads due pages and starts each on a virtual
 * thread while {@link WorkBounds} allow (half the global slots, one slot fewer per host than
 * polling), and every read also holds the shared {@link HostLimits} slots: polling keeps slots of
 * its own and is never held up. A page is taken with a lease, so a crash mid-fetch only delays it.
 * Hosts that asked for a pause ({@link HostPauses}, shared with polling) are left alone until it
 * ends, and a 429 on a page pauses its host for the poller too. Failures are retried on the
 * {@link RetrySchedule}.
 *
 * <p>Between rounds the scheduler sleeps until a page is due, a read ends, it is woken (entries
 * were stored), or a minute passed (pages queued by another process).
 */
public final class FullTextWorker implements AutoCloseable {

    /** How long a taken page is kept from other workers; longer than any fetch and extraction. */
    static final Duration LEASE = Duration.ofMinutes(10);
    /** A minute late at most for pages queued by another process. */
    static final Duration LONGEST_SLEEP = Duration.ofMinutes(1);
    /** Rounds start at least half a second apart, however many entries are stored meanwhile. */
    private static final Duration SHORTEST_GAP = Duration.ofMillis(500);

    private static final Logger log = LoggerFactory.getLogger(FullTextWorker.class);
    private static final int DECISIONS_PER_ROUND = 16;
    /** Due pages read per round, so pages of busy hosts do not hide the others' behind them. */
    private static final int DUE_PER_SLOT = 16;

    private final FullTextRepository repository;
    private final PageReader reader;
    private final AutoDecider decider;
    private final HostLimits limits;
    private final HostPauses pauses;
    private final WorkBounds bounds;
    private final Clock clock;
    private final Runnable onStored;
    private final int batch;
    private final SchedulerLoop loop;
    private final Queue<Compared> compared = new ConcurrentLinkedQueue<>();

    /** Feeds whose decision waits for a page being read; scheduler thread only. */
    private final Set<Long> comparing = new HashSet<>();

    /**
     * @param limits the concurrency bounds shared with polling
     * @param pauses the hosts that asked to be left alone, shared with polling
     * @param onStored called after a full text was stored, so the search index can take it in
     */
    public FullTextWorker(Database database, Fetcher fetcher, ArticleExtractor extractor, HostLimits limits,
            HostPauses pauses, Clock clock, Runnable onStored) {
        this.repository = database.fullText();
        this.reader = new PageReader(fetcher, extractor);
        this.decider = new AutoDecider(repository);
        this.limits = limits;
        this.pauses = pauses;
        this.bounds = WorkBounds.within(limits.global(), limits.perHost());
        this.clock = clock;
        this.loop = new SchedulerLoop("newsdesk-fulltext", clock, LONGEST_SLEEP, SHORTEST_GAP);
        this.onStored = onStored;
        this.batch = Math.max(64, DUE_PER_SLOT * limits.global());
    }

    /**
     * Starts the scheduler thread; does nothing when it runs already.
     *
     * @throws IllegalStateException when the worker was closed
     */
    public void start() {
        loop.start(this::round, () -> {}, () -> {});
    }

    /** Looks for due pages now (entries were stored, or a user asked for a page). */
    public void wakeUp() {
        loop.wakeUp();
    }

    private void round() {
        // Every round looks for due pages, so a wake-up before this point has been answered.
        loop.takeWakeUp();
        Instant now = clock.instant();
        finishComparisons(now);
        boolean moreToDecide = decide(now);
        boolean waitingForSlots = dispatch(now);
        // With more feeds to decide (a large import), the next round comes after the shortest gap.
        loop.sleepUntil(moreToDecide ? now : waitingForSlots ? now.plus(LONGEST_SLEEP) : wakeTime(now));
    }

    /**
     * Decides for feeds in {@code auto} that are due, starting the page comparisons they need.
     *
     * @return whether more feeds may be due than this round looked at, and it got on with some
     */
    private boolean decide(Instant now) {
        List<Long> due = repository.feedsToDecide(now, DECISIONS_PER_ROUND);
        int progressed = 0;
        for (long feedId : due) {
            if (comparing.contains(feedId)) {
                continue;
            }
            Optional<AutoDecider.PageComparison> comparison = decider.decide(feedId, now);
            if (comparison.isEmpty() || compare(comparison.get())) {
                progressed++;
            }
        }
        return due.size() == DECISIONS_PER_ROUND && progressed > 0;
    }

    /** Starts reading the page a decision needs; {@code false} when its host cannot be asked now. */
    private boolean compare(AutoDecider.PageComparison comparison) {
        String url = comparison.url();
        String host = HostLimits.hostOf(url);
        // A paused or busy host is asked in a later round; the feed stays due for its decision.
        if (pauses.pausedUntil(url) != null || !bounds.tryTake(host)) {
            return false;
        }
        comparing.add(comparison.feedId());
        loop.submit(() -> {
            try {
                PageOutcome outcome = read(url);
                if (outcome != null) {
                    compared.add(new Compared(comparison, outcome));
                }
            } finally {
                bounds.release(host);
                wakeUp();
            }
        });
        return true;
    }

    /** Records the decisions whose pages were read; on this thread, so no round takes their pages meanwhile. */
    private void finishComparisons(Instant now) {
        for (Compared done = compared.poll(); done != null; done = compared.poll()) {
            comparing.remove(done.comparison().feedId());
            decider.finish(done.comparison(), done.outcome(), now);
        }
    }

    /**
     * Starts due pages while the bounds allow, hosts that asked for a pause put off until it ends.
     *
     * @return whether due pages wait for a read to end
     */
    private boolean dispatch(Instant now) {
        if (bounds.full()) {
            return true;
        }
        boolean waiting = false;
        Map<Instant, List<Long>> paused = new HashMap<>();
        for (FullTextJob job : repository.due(now, batch)) {
            Instant pausedUntil = pauses.pausedUntil(job.url());
            if (pausedUntil != null) {
                paused.computeIfAbsent(pausedUntil, until -> new ArrayList<>()).add(job.entryId());
                continue;
            }
            String host = HostLimits.hostOf(job.url());
            if (!bounds.tryTake(host)) {
                waiting = true;
                if (bounds.full()) {
                    break;
                }
                continue;
            }
            if (!repository.claim(job, now.plus(LEASE))) {
                // Another process took it since it was read.
                bounds.release(host);
                continue;
            }
            loop.submit(() -> fetch(job, host));
        }
        paused.forEach((until, entryIds) -> repository.postpone(entryIds, until));
        return waiting;
    }

    private void fetch(FullTextJob job, String host) {
        try {
            PageOutcome outcome = read(job.url());
            if (outcome != null) {
                record(job, outcome);
            }
        } catch (RuntimeException e) {
            // Storage failing under the worker: the lease brings the page back later.
            log.error("Reading the page of entry {} ({}) failed", job.entryId(), job.url(), e);
        } finally {
            bounds.release(host);
            wakeUp();
        }
    }

    private void record(FullTextJob job, PageOutcome outcome) {
        Instant now = clock.instant();
        switch (outcome) {
            case PageOutcome.Read read -> {
                repository.recordFetched(job.entryId(), read.page(), now);
                onStored.run();
            }
            case PageOutcome.Failed failed -> {
                PageProblem problem = failed.problem();
                pauses.learnFrom(job.url(), problem.httpStatus(), problem.retryAfter());
                Instant retryAt = RetrySchedule.nextAttempt(problem, job.attempts() + 1, now);
                repository.recordFailure(job.entryId(), problem.toFailure(), now, retryAt);
                log.debug("Entry {}: page {} failed ({}){}", job.entryId(), job.url(), problem.message(),
                        retryAt == null ? "" : "; trying again at " + retryAt);
            }
        }
    }

    /**
     * Reads the page within the shared limits.
     *
     * @return the outcome, or {@code null} when interrupted (shutting down): nothing is recorded,
     *     and the lease brings the page back after a restart
     */
    private PageOutcome read(String url) {
        try {
            PageOutcome outcome = limits.run(url, () -> reader.read(url));
            return Thread.currentThread().isInterrupted() ? null : outcome;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private Instant wakeTime(Instant now) {
        Instant latest = now.plus(LONGEST_SLEEP);
        return repository.nextAttemptAt().filter(next -> next.isBefore(latest)).orElse(latest);
    }

    /** Stops the scheduler and interrupts reads in flight; an interrupted read records nothing. */
    @Override
    public void close() {
        loop.close();
    }

    private record Compared(AutoDecider.PageComparison comparison, PageOutcome outcome) {}
}
