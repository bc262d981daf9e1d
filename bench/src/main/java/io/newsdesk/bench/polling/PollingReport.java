package io.newsdesk.bench.polling;

import io.newsdesk.bench.ingest.Distribution;
import io.newsdesk.bench.ingest.MachineInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The outcome of a polling benchmark.
 *
 * @param settings what was run
 * @param command the command line, for the report
 * @param machine the machine
 * @param database the database engine and its settings
 * @param finished when the benchmark ended
 * @param subscribing how long subscribing to the feeds took, per measured run (not part of a cycle)
 * @param results every measured cycle, in order
 */
public record PollingReport(
        PollingSettings settings,
        String command,
        MachineInfo machine,
        String database,
        Instant finished,
        List<Duration> subscribing,
        List<CycleResult> results) {

    public PollingReport {
        subscribing = List.copyOf(subscribing);
        results = List.copyOf(results);
    }

    /** The measured results of cycle 1 or 2. */
    public List<CycleResult> cycle(int cycle) {
        return results.stream().filter(result -> result.cycle() == cycle).toList();
    }

    /** A metric over the measured results of one cycle. */
    public Distribution distribution(int cycle, ToDoubleFunction<CycleResult> metric) {
        return Distribution.of(cycle(cycle).stream().map(metric::applyAsDouble).toList());
    }
}
