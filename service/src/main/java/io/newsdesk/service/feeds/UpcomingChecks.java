package io.newsdesk.service.feeds;

import java.time.Instant;
import java.util.PriorityQueue;

/**
 * The times at which feeds checked in this process are next due, so the poller can sleep until the
 * earliest instead of looking at the database on a fixed tick. A time stays until it has passed,
 * even when its feed was checked again or removed meanwhile: it then costs one look that finds
 * nothing. Thread-safe.
 */
final class UpcomingChecks {

    private final PriorityQueue<Instant> times = new PriorityQueue<>();

    /** Notes a next check; {@code null} (nothing was scheduled) is ignored. */
    synchronized void add(Instant nextCheck) {
        if (nextCheck != null) {
            times.add(nextCheck);
        }
    }

    /** Forgets the times up to {@code now}; {@code true} when there were any, so some feed has become due. */
    synchronized boolean passed(Instant now) {
        boolean any = false;
        while (!times.isEmpty() && !times.peek().isAfter(now)) {
            times.poll();
            any = true;
        }
        return any;
    }

    /** The earliest time still to come, or {@code null}. */
    synchronized Instant earliest() {
        return times.peek();
    }

    synchronized int size() {
        return times.size();
    }
}
