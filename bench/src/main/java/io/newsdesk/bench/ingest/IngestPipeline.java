package io.newsdesk.bench.ingest;

import io.newsdesk.bench.BenchmarkException;

/**
 * A way to get feeds into a database and a search index: Newsdesk itself, or the naive peer it is
 * compared with.
 */
public interface IngestPipeline {

    /** A short name for reports. */
    String name();

    /**
     * Fetches, parses and stores every feed of the context, then indexes what was stored, timing
     * the two phases, and releases everything it opened (so that sizes on disk are final).
     *
     * @throws BenchmarkException when the pipeline cannot run at all (not when single feeds fail:
     *     those are counted)
     */
    PipelineRun run(RunContext context) throws BenchmarkException;
}
