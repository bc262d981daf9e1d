package io.newsdesk.bench.polling;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the polling benchmark runs.
 *
 * @param server what the feed server serves
 * @param pollConcurrency Newsdesk's global bound on checks at once
 * @param perHost Newsdesk's bound on checks at once per host
 * @param runs measured runs, each a first cycle and the cycle after it on a fresh database
 * @param warmups runs before those, not reported
 * @param separateServer whether the feed server runs in a process of its own (else in this one)
 * @param workDir where run folders are created
 * @param deadline how long one cycle may take before the benchmark gives up on it
 */
public record PollingSettings(
        ServerSettings server,
        int pollConcurrency,
        int perHost,
        int runs,
        int warmups,
        boolean separateServer,
        Path workDir,
        Duration deadline) {

    /** @throws IllegalArgumentException naming the value out of range */
    public PollingSettings {
        if (pollConcurrency < 1 || perHost < 1) {
            throw new IllegalArgumentException("--poll-concurrency and --per-host must be at least 1");
        }
        if (runs < 1 || warmups < 0) {
            throw new IllegalArgumentException("--runs must be at least 1 and --warmup at least 0");
        }
    }

    /** How far the second cycle's clock is moved on, so that every feed is due again. */
    static final Duration SECOND_CYCLE_OFFSET = Duration.ofDays(3);
}
