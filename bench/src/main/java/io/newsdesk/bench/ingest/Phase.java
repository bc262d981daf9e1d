package io.newsdesk.bench.ingest;

import java.time.Duration;

/**
 * What one phase of a run cost.
 *
 * @param wall elapsed time
 * @param cpu CPU time of the whole process meanwhile (all threads, the feed server's included)
 */
public record Phase(Duration wall, Duration cpu) {

    /** Both phases together. */
    public Phase plus(Phase other) {
        return new Phase(wall.plus(other.wall), cpu.plus(other.cpu));
    }

    public double wallSeconds() {
        return wall.toNanos() / 1e9;
    }

    public double cpuSeconds() {
        return cpu.toNanos() / 1e9;
    }

    /** How many items per second of wall time. */
    public double perSecond(long items) {
        return items / wallSeconds();
    }
}
