package io.newsdesk.service.feeds;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.random.RandomGenerator;

/**
 * Decides when a feed is checked next. Busy feeds are checked often and quiet ones rarely, always
 * within the configured bounds; the publisher's own wishes (RSS {@code ttl}, Cache-Control,
 * Expires, Retry-After) only ever lengthen the wait; failures back off exponentially. Checks are
 * jittered so that feeds added together do not stay in lock-step.
 */
public final class PollPolicy {

    private static final Duration ACTIVITY_WINDOW = Duration.ofDays(7);
    private static final Duration LONGEST_RETRY_AFTER = Duration.ofDays(7);
    private static final double JITTER = 0.1;

    private final Duration min;
    private final Duration max;
    private final RandomGenerator random;

    public PollPolicy(Duration min, Duration max, RandomGenerator random) {
        this.min = min;
        this.max = max;
        this.random = random;
    }

    /**
     * The interval after a successful check that returned a document.
     *
     * @param published the publication times of the document's entries
     * @param publisherMinimum the longest of the publisher's caching hints (ttl, max-age,
     *     Expires − now), or {@code null}
     */
    public Duration intervalAfterSuccess(Collection<Instant> published, Duration publisherMinimum, Instant now) {
        Duration interval = activityInterval(published, now);
        if (publisherMinimum != null && publisherMinimum.compareTo(interval) > 0) {
            interval = publisherMinimum;
        }
        return clamp(interval);
    }

    /** The interval after a 304: nothing new, so keep the rhythm unless the publisher asks for more. */
    public Duration intervalAfterNotModified(Duration current, Duration publisherMinimum) {
        Duration interval = current == null ? max : current;
        if (publisherMinimum != null && publisherMinimum.compareTo(interval) > 0) {
            interval = publisherMinimum;
        }
        return clamp(interval);
    }

    /**
     * The wait after the {@code errorCount}-th consecutive failure: the shortest interval doubled
     * per failure up to the longest, or longer when the server said when to come back.
     */
    public Duration backoff(int errorCount, Duration retryAfter) {
        int doublings = Math.max(0, Math.min(errorCount - 1, 30));
        Duration wait = min.isZero() ? Duration.ofMinutes(1) : min;
        for (int i = 0; i < doublings && wait.compareTo(max) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        if (wait.compareTo(max) > 0) {
            wait = max;
        }
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter.compareTo(LONGEST_RETRY_AFTER) > 0 ? LONGEST_RETRY_AFTER : retryAfter;
        }
        return wait;
    }

    /**
     * When to check next: {@code now + interval}, spread by ±10% so feeds do not align, but never
     * sooner than the publisher asked (jitter must not turn a Retry-After or a ttl into an early
     * visit) nor sooner than the shortest interval.
     *
     * @param interval the interval decided by {@link #intervalAfterSuccess}, {@link
     *     #intervalAfterNotModified} or {@link #backoff}
     * @param requested the wait the publisher asked for (Retry-After, or the longest caching
     *     hint), or {@code null}
     */
    public Instant nextCheck(Instant now, Duration interval, Duration requested) {
        double factor = 1 + (random.nextDouble() * 2 - 1) * JITTER;
        long jittered = Math.round(interval.toMillis() * factor);
        Duration floor = requested != null && requested.compareTo(min) > 0 ? requested : min;
        // The interval already holds the bounds and caps (7 days for Retry-After, the longest
        // interval for caching hints): the floor never reaches past it.
        long floorMillis = Math.min(floor.toMillis(), interval.toMillis());
        return now.plusMillis(Math.max(jittered, floorMillis));
    }

    /** Seven days divided by the entries published in the last seven days; quiet feeds get the maximum. */
    private Duration activityInterval(Collection<Instant> published, Instant now) {
        Instant windowStart = now.minus(ACTIVITY_WINDOW);
        long recent = published.stream()
                .filter(t -> t != null && t.isAfter(windowStart) && !t.isAfter(now))
                .count();
        if (recent == 0) {
            return max;
        }
        return ACTIVITY_WINDOW.dividedBy(recent);
    }

    private Duration clamp(Duration interval) {
        if (interval.compareTo(min) < 0) {
            return min;
        }
        return interval.compareTo(max) > 0 ? max : interval;
    }
}
