package io.newsdesk.bench.extraction;

import io.newsdesk.bench.ingest.ProcessMeters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The heap's peak while an extractor goes once through the corpus on one thread, from a collected
 * heap: the sum of the heap pools' peaks (an upper bound, garbage not yet collected included, so
 * it depends on the maximum heap the JVM was given).
 */
final class PeakHeap {

    private PeakHeap() {}

    /** Each extractor's peak in bytes, by name, in the extractors' order. */
    static Map<String, Long> measure(List<TextExtractor> extractors, List<CorpusPage> pages) {
        Map<String, Long> peaks = new LinkedHashMap<>();
        for (TextExtractor extractor : extractors) {
            ProcessMeters.startHeapPeak();
            long sink = 0;
            for (CorpusPage page : pages) {
                sink += LatencyRun.length(extractor, page);
            }
            LatencyRun.consumed = sink;
            peaks.put(extractor.name(), ProcessMeters.peakHeapBytes());
        }
        return peaks;
    }
}
