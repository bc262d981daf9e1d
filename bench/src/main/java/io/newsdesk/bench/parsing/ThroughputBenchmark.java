package io.newsdesk.bench.parsing;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a corpus with each parser in the same JVM and thread, the parsers taking turns in
 * alternating order: warm-up passes first, then measured ones. A pass parses every document once
 * and goes round the corpus again until it has lasted a minimum time, so that a small corpus is
 * timed over long enough for the clock and the JIT compiler to settle.
 */
public final class ThroughputBenchmark {

    /**
     * One measured pass of one parser.
     *
     * @param seconds wall time
     * @param cpuSeconds the thread's CPU time
     * @param rounds how many times the whole corpus was parsed
     * @param entries entries read in one round
     * @param failures documents the parser gave up on in one round
     */
    public record Pass(double seconds, double cpuSeconds, int rounds, long entries, int failures) {}

    /** How long passes last and how many there are. */
    public record Settings(int warmups, int runs, double minPassSeconds) {}

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private ThroughputBenchmark() {}

    /**
     * Runs the passes.
     *
     * @return each parser's measured passes, in the order the parsers were given
     */
    public static Map<String, List<Pass>> run(ParsingCorpus corpus, List<FeedDocumentParser> parsers,
            Settings settings, PrintWriter progress) {
        Map<String, List<Pass>> measured = new LinkedHashMap<>();
        parsers.forEach(parser -> measured.put(parser.name(), new ArrayList<>()));
        for (int round = 0; round < settings.warmups() + settings.runs(); round++) {
            boolean warmup = round < settings.warmups();
            List<FeedDocumentParser> order = new ArrayList<>(parsers);
            if (round % 2 == 1) {
                Collections.reverse(order);
            }
            for (FeedDocumentParser parser : order) {
                Pass pass = pass(corpus, parser, settings.minPassSeconds());
                progress.printf("  %s, %s, %s pass %d: %d rounds in %.2f s, %d entries, %d failures per round%n",
                        corpus.name(), parser.name(), warmup ? "warm-up" : "measured",
                        warmup ? round + 1 : round - settings.warmups() + 1, pass.rounds(), pass.seconds(),
                        pass.entries(), pass.failures());
                progress.flush();
                if (!warmup) {
                    measured.get(parser.name()).add(pass);
                }
            }
        }
        return measured;
    }

    private static Pass pass(ParsingCorpus corpus, FeedDocumentParser parser, double minSeconds) {
        long entries = 0;
        int failures = 0;
        int rounds = 0;
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        long minNanos = (long) (minSeconds * 1e9);
        do {
            for (byte[] document : corpus.documents()) {
                try {
                    int read = parser.parse(document);
                    entries += rounds == 0 ? read : 0;
                } catch (Exception e) {
                    // A document the parser gives up on is part of what is measured: counted, not fatal.
                    failures += rounds == 0 ? 1 : 0;
                }
            }
            rounds++;
        } while (System.nanoTime() - start < minNanos);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
        return new Pass(seconds, cpuSeconds, rounds, entries, failures);
    }
}
