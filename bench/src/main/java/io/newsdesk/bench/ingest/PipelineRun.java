package io.newsdesk.bench.ingest;

import java.util.List;

/**
 * What one pipeline did in one run, as it reports it.
 *
 * @param feedsStored feeds fetched, parsed and stored
 * @param feedsFailed feeds that could not be fetched or parsed
 * @param entriesStored entries written to the database
 * @param entriesIndexed documents added to the search index
 * @param ingest fetching, parsing and storing every feed
 * @param index bringing the search index up to date with the database
 * @param failures what went wrong with failed feeds (a few, for the report)
 */
public record PipelineRun(
        int feedsStored,
        int feedsFailed,
        long entriesStored,
        long entriesIndexed,
        Phase ingest,
        Phase index,
        List<String> failures) {

    /** How many failure messages a run keeps. */
    public static final int MAX_FAILURES = 5;

    public PipelineRun {
        failures = List.copyOf(failures.subList(0, Math.min(MAX_FAILURES, failures.size())));
    }

    /** Ingest and indexing together. */
    public Phase total() {
        return ingest.plus(index);
    }
}
