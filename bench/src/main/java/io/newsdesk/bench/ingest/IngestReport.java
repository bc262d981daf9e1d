package io.newsdesk.bench.ingest;

import java.time.Instant;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * The outcome of an ingest benchmark: where and how it ran, and every measured run.
 *
 * @param settings what was run
 * @param command the command line that ran it, for the report
 * @param machine the machine
 * @param database the database engine and its settings
 * @param corpus what was served
 * @param finished when the benchmark ended
 * @param pipelines the pipelines' names, Newsdesk first
 * @param results every measured run
 */
public record IngestReport(
        IngestSettings settings,
        String command,
        MachineInfo machine,
        String database,
        BenchmarkCorpus corpus,
        Instant finished,
        List<String> pipelines,
        List<RunResult> results) {

    public IngestReport {
        pipelines = List.copyOf(pipelines);
        results = List.copyOf(results);
    }

    /** The measured runs of one pipeline. */
    public List<RunResult> runsOf(String pipeline) {
        return results.stream().filter(result -> result.pipeline().equals(pipeline)).toList();
    }

    /** A metric over the measured runs of one pipeline. */
    public Distribution distribution(String pipeline, ToDoubleFunction<RunResult> metric) {
        return Distribution.of(runsOf(pipeline).stream().map(metric::applyAsDouble).toList());
    }

    /** The load averages seen at the end of the measured runs, where known. */
    public List<Double> loadAverages() {
        return results.stream().map(RunResult::loadAverage).filter(load -> load >= 0).toList();
    }
}
