package io.newsdesk.bench.extraction;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.bench.ingest.Distribution;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Pages per second with N threads extracting at once, each going round the corpus from its own
 * starting page, for a fixed time per pass. Extractors take turns pass by pass, the order rotating.
 * Run after the latency rounds, so the code is compiled.
 */
final class ThroughputRun {

    private ThroughputRun() {}

    /**
     * @param threadCounts the thread counts to measure, e.g. 1 and 2
     * @param passes measured passes per extractor and thread count
     * @param passSeconds how long each pass lasts
     * @throws BenchmarkException when a worker dies of something other than an extraction failure
     */
    static List<ThroughputResult> measure(List<TextExtractor> extractors, List<CorpusPage> pages,
            List<Integer> threadCounts, int passes, double passSeconds, PrintWriter progress)
            throws BenchmarkException {
        List<ThroughputResult> results = new ArrayList<>();
        for (int threads : threadCounts) {
            List<List<Double>> rates = new ArrayList<>();
            extractors.forEach(extractor -> rates.add(new ArrayList<>()));
            for (int pass = 0; pass < passes; pass++) {
                for (int turn = 0; turn < extractors.size(); turn++) {
                    int e = (turn + pass) % extractors.size();
                    progress.printf("throughput: %d thread(s), pass %d of %d, %s%n", threads, pass + 1, passes,
                            extractors.get(e).name());
                    progress.flush();
                    rates.get(e).add(pass(extractors.get(e), pages, threads, passSeconds));
                }
            }
            for (int e = 0; e < extractors.size(); e++) {
                results.add(new ThroughputResult(extractors.get(e).name(), threads, Distribution.of(rates.get(e))));
            }
        }
        return results;
    }

    /** One pass: pages per second over all threads. */
    private static double pass(TextExtractor extractor, List<CorpusPage> pages, int threads, double seconds)
            throws BenchmarkException {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long start = System.nanoTime();
            long deadline = start + (long) (seconds * 1e9);
            List<Future<Long>> workers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int firstPage = t * pages.size() / threads;
                workers.add(pool.submit(() -> work(extractor, pages, firstPage, deadline)));
            }
            long done = 0;
            for (Future<Long> worker : workers) {
                done += worker.get();
            }
            return done / ((System.nanoTime() - start) / 1e9);
        } catch (ExecutionException e) {
            throw new BenchmarkException("a " + extractor.name() + " worker failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
    }

    /** Extracts pages in corpus order from the given one until the deadline; returns how many. */
    private static long work(TextExtractor extractor, List<CorpusPage> pages, int firstPage, long deadline) {
        long done = 0;
        long sink = 0;
        int page = firstPage;
        while (System.nanoTime() < deadline) {
            sink += LatencyRun.length(extractor, pages.get(page));
            done++;
            page = (page + 1) % pages.size();
        }
        LatencyRun.consumed = sink;
        return done;
    }
}
