package io.newsdesk.bench.ingest;

/**
 * One measured run of one pipeline.
 *
 * @param pipeline the pipeline's name
 * @param number which run it was, from 1
 * @param run what the pipeline reported
 * @param peakHeapBytes the heap's peak during the run (see {@link ProcessMeters#peakHeapBytes()})
 * @param databaseBytes the database's size on disk afterwards
 * @param indexBytes the search index's size on disk afterwards
 * @param loadAverage the system's one-minute load average when the run ended (other work on the
 *     machine shows here), or a negative number where unknown
 */
public record RunResult(
        String pipeline,
        int number,
        PipelineRun run,
        long peakHeapBytes,
        long databaseBytes,
        long indexBytes,
        double loadAverage) {}
