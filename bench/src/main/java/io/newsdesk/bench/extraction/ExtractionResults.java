package io.newsdesk.bench.extraction;

import io.newsdesk.bench.ingest.MachineInfo;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything one run of the extraction benchmark measured, for the report.
 *
 * @param command the command line that repeats the run
 * @param finished when the run ended
 * @param machine where it ran
 * @param loadAverages the one-minute load average at the start and after each part
 * @param settings how it ran
 * @param corpusPages pages in the corpus
 * @param corpusChars characters of HTML in the corpus
 * @param extractors the extractors' names, Newsdesk first
 * @param quality per extractor
 * @param latency per extractor
 * @param throughput per extractor and thread count
 * @param peakHeapBytes per extractor's name
 */
record ExtractionResults(
        String command,
        Instant finished,
        MachineInfo machine,
        List<Double> loadAverages,
        ExtractionSettings settings,
        int corpusPages,
        long corpusChars,
        List<String> extractors,
        List<QualityResult> quality,
        List<LatencyResult> latency,
        List<ThroughputResult> throughput,
        Map<String, Long> peakHeapBytes) {

    Optional<QualityResult> quality(String extractor) {
        return quality.stream().filter(result -> result.extractor().equals(extractor)).findFirst();
    }

    Optional<LatencyResult> latency(String extractor) {
        return latency.stream().filter(result -> result.extractor().equals(extractor)).findFirst();
    }

    Optional<ThroughputResult> throughput(String extractor, int threads) {
        return throughput.stream()
                .filter(result -> result.extractor().equals(extractor) && result.threads() == threads)
                .findFirst();
    }
}
