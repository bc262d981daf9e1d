package io.newsdesk.service.fulltext;

import java.util.HashMap;
import java.util.Map;

/**
 * How many pages the full-text worker reads at once, in all and from one host. Every read also
 * holds the shared {@link io.newsdesk.service.feeds.HostLimits} slots; these tighter bounds keep
 * slots free for polling, so fetching pages never holds feeds up.
 */
final class WorkBounds {

    private final int total;
    private final int perHost;
    private final Map<String, Integer> running = new HashMap<>();
    private int runningTotal;

    /**
     * @param total how many reads at once in all, at least 1
     * @param perHost how many reads at once from one host, at least 1
     */
    WorkBounds(int total, int perHost) {
        if (total < 1 || perHost < 1) {
            throw new IllegalArgumentException("bounds must be at least 1, were " + total + " and " + perHost);
        }
        this.total = total;
        this.perHost = perHost;
    }

    /**
     * The bounds for pages, given the shared limits: half the global slots and one slot per host
     * fewer than polling has, each at least one.
     */
    static WorkBounds within(int global, int perHostShared) {
        return new WorkBounds(Math.max(1, global / 2), Math.max(1, perHostShared - 1));
    }

    /** Takes a place for a read from {@code host}; {@code false} when the host or the whole is at its bound. */
    synchronized boolean tryTake(String host) {
        int onHost = running.getOrDefault(host, 0);
        if (runningTotal >= total || onHost >= perHost) {
            return false;
        }
        running.put(host, onHost + 1);
        runningTotal++;
        return true;
    }

    /** Gives back a place taken with {@link #tryTake}. */
    synchronized void release(String host) {
        running.computeIfPresent(host, (h, count) -> count > 1 ? count - 1 : null);
        runningTotal--;
    }

    /** Whether no read can start, whatever its host. */
    synchronized boolean full() {
        return runningTotal >= total;
    }

    /** How many reads run now. */
    synchronized int running() {
        return runningTotal;
    }
}
