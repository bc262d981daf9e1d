package io.newsdesk.service.background;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The thread behind a background worker (polling, full-text reads, indexing): it runs rounds one
 * after another, each ending in a sleep that a {@link #wakeUp()} or a {@link #signal()} cuts short,
 * and starts the rounds' work on virtual threads. A round that fails is logged and tried again a few
 * seconds later, so one bad row never stops the work for good.
 *
 * <p>A loop may keep a shortest gap between the starts of its rounds, so that a burst of wake-ups
 * (a poller storing a hundred feeds a second) is answered by one round for many of them rather than
 * one round, with its queries and its index commit, each.
 */
public final class SchedulerLoop implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SchedulerLoop.class);
    private static final long AFTER_FAILURE_NANOS = Duration.ofSeconds(5).toNanos();

    private final String name;
    private final Clock clock;
    private final Duration longestSleep;
    private final long shortestGapNanos;
    private final ExecutorService tasks = Executors.newVirtualThreadPerTaskExecutor();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean running;
    private volatile boolean woken;
    private Thread thread;
    private boolean closed;

    /**
     * @param name the thread's name, also used in log lines
     * @param longestSleep how long a sleep lasts at most, whatever time it was asked for: it bounds
     *     how late the scheduler notices work that another process scheduled
     * @param shortestGap how long after one round's start the next starts at the earliest, whatever
     *     wakes it; real time, not {@code clock}'s
     */
    public SchedulerLoop(String name, Clock clock, Duration longestSleep, Duration shortestGap) {
        this.name = name;
        this.clock = clock;
        this.longestSleep = longestSleep;
        this.shortestGapNanos = shortestGap.toNanos();
    }

    /**
     * Starts the thread; does nothing when it runs already.
     *
     * @param round one round of scheduling; it ends with {@link #sleepUntil}, or goes again at once
     * @param afterFailure run when a round threw, before the pause that follows
     * @param onStop run on the thread once the loop stopped
     * @throws IllegalStateException when the loop was closed
     */
    public synchronized void start(Runnable round, Runnable afterFailure, Runnable onStop) {
        if (closed) {
            throw new IllegalStateException(name + " was closed");
        }
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name(name).start(() -> {
            while (running) {
                long started = System.nanoTime();
                try {
                    round.run();
                } catch (RuntimeException e) {
                    log.error("{}: a round failed; retrying shortly", name, e);
                    afterFailure.run();
                    // Wake-ups do not cut this short: a failing round must not run for each of them.
                    waitOut(System.nanoTime(), AFTER_FAILURE_NANOS);
                }
                waitOut(started, shortestGapNanos);
            }
            onStop.run();
        });
    }

    /** Ends the current or next sleep at once, and makes {@link #takeWakeUp()} answer {@code true}. */
    public void wakeUp() {
        woken = true;
        signal();
    }

    /** Whether {@link #wakeUp()} was called since the last time this was asked. */
    public boolean takeWakeUp() {
        boolean wokenUp = woken;
        woken = false;
        return wokenUp;
    }

    /** Ends the current sleep at once; for news that the round finds out about itself (a slot freed). */
    public void signal() {
        lock.lock();
        try {
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Sleeps until {@code wakeAt}, the longest sleep, a wake-up or a signal, whichever comes first. */
    public void sleepUntil(Instant wakeAt) {
        sleepUntil(wakeAt, () -> false);
    }

    /**
     * Like {@link #sleepUntil(Instant)}, but does not sleep at all when {@code newsWaiting} holds:
     * news signalled since the round began was signalled before this sleep's lock was taken, so it
     * is checked here rather than slept through.
     */
    public void sleepUntil(Instant wakeAt, BooleanSupplier newsWaiting) {
        lock.lock();
        try {
            long millis = Math.min(Duration.between(clock.instant(), wakeAt).toMillis(), longestSleep.toMillis());
            if (running && millis > 0 && !woken && !newsWaiting.getAsBoolean()) {
                wake.await(millis, TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    /** Waits, whatever wakes the loop but {@link #close()}, until {@code nanos} since {@code from} passed. */
    private void waitOut(long from, long nanos) {
        lock.lock();
        try {
            long left;
            while (running && (left = nanos - (System.nanoTime() - from)) > 0) {
                wake.awaitNanos(left);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    /** Runs {@code task} on a virtual thread of its own; {@link #close()} interrupts it. */
    public void submit(Runnable task) {
        tasks.submit(task);
    }

    /** Stops the loop, waiting a few seconds for the round in progress, and interrupts the tasks in flight. */
    @Override
    public void close() {
        running = false;
        signal();
        Thread stopping;
        synchronized (this) {
            closed = true;
            stopping = thread;
        }
        if (stopping != null) {
            try {
                stopping.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        tasks.shutdownNow();
        try {
            tasks.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
