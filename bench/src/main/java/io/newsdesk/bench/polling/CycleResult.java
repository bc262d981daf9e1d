package io.newsdesk.bench.polling;

import java.time.Duration;

/**
 * One refresh cycle as measured.
 *
 * @param run the run it belongs to (0 for warm-up)
 * @param cycle 1 for the first cycle of a fresh subscription list, 2 for the one after
 * @param feedsChecked feeds whose check was recorded in the cycle
 * @param wall from starting the poller until every due feed's check was recorded
 * @param newsdeskCpu CPU time of the Newsdesk process meanwhile
 * @param serverCpu CPU time of the feed server meanwhile
 * @param peakHeapBytes the Newsdesk process's peak heap meanwhile (sum of pool peaks)
 * @param server what the feed server counted
 * @param failingFeeds feeds whose last check failed, afterwards
 * @param disabledFeeds feeds disabled (410), afterwards
 * @param loadAverage the system's one-minute load average at the end
 */
public record CycleResult(
        int run,
        int cycle,
        long feedsChecked,
        Duration wall,
        Duration newsdeskCpu,
        Duration serverCpu,
        long peakHeapBytes,
        ServerStats server,
        long failingFeeds,
        long disabledFeeds,
        double loadAverage) {

    public double wallSeconds() {
        return wall.toNanos() / 1e9;
    }

    /** Requests answered per second of wall time. */
    public double requestsPerSecond() {
        return server.requests() / wallSeconds();
    }
}
