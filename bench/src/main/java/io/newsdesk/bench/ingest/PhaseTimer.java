package io.newsdesk.bench.ingest;

import java.time.Duration;

/** Measures one phase: started when created, read by {@link #stop()}. */
public final class PhaseTimer {

    private final long startNanos;
    private final Duration startCpu;

    private PhaseTimer() {
        this.startCpu = ProcessMeters.cpuTime();
        this.startNanos = System.nanoTime();
    }

    public static PhaseTimer start() {
        return new PhaseTimer();
    }

    /** The wall and CPU time since the timer started. */
    public Phase stop() {
        long elapsed = System.nanoTime() - startNanos;
        return new Phase(Duration.ofNanos(elapsed), ProcessMeters.cpuTime().minus(startCpu));
    }
}
