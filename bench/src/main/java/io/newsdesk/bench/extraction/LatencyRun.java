package io.newsdesk.bench.extraction;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Times every extractor on every page, on this thread: warm-up rounds over the whole corpus, then
 * measured rounds. In each round the extractors take turns, the order rotating from round to round,
 * so that what the machine does meanwhile (other builds, garbage collection) falls on all of them
 * alike. A page's figure is its median over the measured rounds, which a disturbed round does not
 * move.
 *
 * <p>Allocation is read from the JVM's per-thread counter ({@code ThreadMXBean}
 * {@code getCurrentThreadAllocatedBytes}) around each page.
 */
final class LatencyRun {

    private final List<TextExtractor> extractors;
    private final List<CorpusPage> pages;
    private final com.sun.management.ThreadMXBean threads;
    /** Where the extractors' results end up, so the JIT cannot drop the work as unused. */
    static volatile long consumed;

    private LatencyRun(List<TextExtractor> extractors, List<CorpusPage> pages) {
        this.extractors = extractors;
        this.pages = pages;
        this.threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    }

    /**
     * @param warmups unmeasured rounds first
     * @param rounds measured rounds, at least one
     * @param progress where a line per round goes
     */
    static List<LatencyResult> measure(List<TextExtractor> extractors, List<CorpusPage> pages, int warmups,
            int rounds, PrintWriter progress) {
        LatencyRun run = new LatencyRun(extractors, pages);
        for (int round = 0; round < warmups; round++) {
            progress.printf("latency: warm-up round %d of %d%n", round + 1, warmups);
            progress.flush();
            run.round(round, null, null, 0);
        }
        double[][][] nanos = new double[extractors.size()][pages.size()][rounds];
        double[][][] bytes = new double[extractors.size()][pages.size()][rounds];
        for (int round = 0; round < rounds; round++) {
            progress.printf("latency: measured round %d of %d%n", round + 1, rounds);
            progress.flush();
            run.round(warmups + round, nanos, bytes, round);
        }
        List<LatencyResult> results = new ArrayList<>();
        for (int e = 0; e < extractors.size(); e++) {
            results.add(new LatencyResult(extractors.get(e).name(),
                    PageSample.of(perPageMedians(nanos[e], 1e-6)), PageSample.of(perPageMedians(bytes[e], 1))));
        }
        return results;
    }

    /** One pass of every extractor over every page, recording into the arrays when given. */
    private void round(int number, double[][][] nanos, double[][][] bytes, int slot) {
        long sink = 0;
        for (int turn = 0; turn < extractors.size(); turn++) {
            int e = (turn + number) % extractors.size();
            TextExtractor extractor = extractors.get(e);
            for (int p = 0; p < pages.size(); p++) {
                CorpusPage page = pages.get(p);
                long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
                long start = System.nanoTime();
                sink += length(extractor, page);
                long elapsed = System.nanoTime() - start;
                long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
                if (nanos != null) {
                    nanos[e][p][slot] = elapsed;
                    bytes[e][p][slot] = allocated;
                }
            }
        }
        consumed = sink;
    }

    /** The length of the extracted text; a failure costs its time and gives nothing. */
    static int length(TextExtractor extractor, CorpusPage page) {
        try {
            return extractor.text(page.html(), page.url()).length();
        } catch (Exception e) {
            return 0;
        }
    }

    private static double[] perPageMedians(double[][] perPageRounds, double scale) {
        double[] medians = new double[perPageRounds.length];
        for (int p = 0; p < perPageRounds.length; p++) {
            medians[p] = PageSample.median(perPageRounds[p]) * scale;
        }
        return medians;
    }
}
