package io.newsdesk.bench.extraction;

import java.util.List;

/**
 * How the extraction benchmark runs.
 *
 * @param warmups unmeasured rounds over the corpus before the latency rounds
 * @param rounds measured latency rounds
 * @param threadCounts thread counts for throughput
 * @param passes measured throughput passes per extractor and thread count
 * @param passSeconds length of a throughput pass
 */
record ExtractionSettings(int warmups, int rounds, List<Integer> threadCounts, int passes, double passSeconds) {

    /**
     * @throws IllegalArgumentException with a message for the user when a value cannot work
     */
    ExtractionSettings {
        if (warmups < 0 || rounds < 1 || passes < 0 || passSeconds <= 0) {
            throw new IllegalArgumentException("--warmup and --passes must not be negative, --rounds must be"
                    + " positive, --pass-seconds above zero");
        }
        if (threadCounts.isEmpty() || threadCounts.stream().anyMatch(threads -> threads < 1)) {
            throw new IllegalArgumentException("--threads needs one or more positive thread counts");
        }
        threadCounts = List.copyOf(threadCounts);
    }
}
