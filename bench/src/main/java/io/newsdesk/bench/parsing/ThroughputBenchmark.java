package io.newsdesk.bench.parsing;

import io.newsdesk.bench.ingest.MachineInfo;
import java.io.PrintWriter;
import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses a corpus with each parser in the same JVM and thread, the parsers taking turns in
 * alternating order: warm-up passes first, then measured ones. The k-th measured passes of the
 * parsers ran back to back, under nearly the same load, so their ratio is the one to compare. A pass parses every document once
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
     * @param loadAverage the machine's one-minute load average when the pass ended
     */
    public record Pass(double seconds, double cpuSeconds, int rounds, long entries, int failures, double loadAverage) {}

    /**
     * How long passes last and how many there are.
     *
     * @param warmups the warm-up rounds always run
     * @param maxWarmups the most warm-up rounds run while the JIT compiler is still busy (on a
     *     loaded machine its threads get little time, and the parsers' code is still being compiled
     *     after the usual warm-up)
     * @param runs the measured rounds
     * @param minPassSeconds how long a pass goes round the corpus at least
     */
    public record Settings(int warmups, int maxWarmups, int runs, double minPassSeconds) {}

    /**
     * The measured passes of each parser, in the order the parsers were given, and how many
     * warm-up rounds came first.
     */
    public record Result(Map<String, List<Pass>> passes, int warmupRounds) {}

    /** A warm-up round after which the compiler worked for more than this share of its time is not the last. */
    private static final double BUSY_COMPILER = 0.01;

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final CompilationMXBean COMPILER = ManagementFactory.getCompilationMXBean();

    private ThroughputBenchmark() {}

    /**
     * Runs the passes: in each round every parser makes one pass, in alternating order; the
     * warm-up rounds (at least {@link Settings#warmups()}, more while the compiler is busy) are
     * not measured.
     */
    public static Result run(ParsingCorpus corpus, List<FeedDocumentParser> parsers, Settings settings,
            PrintWriter progress) {
        Map<String, List<Pass>> measured = new LinkedHashMap<>();
        parsers.forEach(parser -> measured.put(parser.name(), new ArrayList<>()));
        int warmupRounds = 0;
        boolean warmingUp = settings.warmups() > 0;
        int measuredRounds = 0;
        for (int round = 0; measuredRounds < settings.runs(); round++) {
            long compileStart = compilationMillis();
            long start = System.nanoTime();
            for (FeedDocumentParser parser : order(parsers, round)) {
                Pass pass = pass(corpus, parser, settings.minPassSeconds());
                progress.printf("  %s, %s, %s pass %d: %d rounds in %.2f s, %d entries, %d failures per round, load %.2f%n",
                        corpus.name(), parser.name(), warmingUp ? "warm-up" : "measured",
                        warmingUp ? warmupRounds + 1 : measuredRounds + 1, pass.rounds(), pass.seconds(),
                        pass.entries(), pass.failures(), pass.loadAverage());
                progress.flush();
                if (!warmingUp) {
                    measured.get(parser.name()).add(pass);
                }
            }
            if (warmingUp) {
                warmupRounds++;
                double compiling = (compilationMillis() - compileStart) / ((System.nanoTime() - start) / 1e6);
                warmingUp = warmupRounds < settings.warmups()
                        || (compiling > BUSY_COMPILER && warmupRounds < settings.maxWarmups());
            } else {
                measuredRounds++;
            }
        }
        return new Result(measured, warmupRounds);
    }

    /** The parsers in the order they take their turn in a round: reversed every other round. */
    private static List<FeedDocumentParser> order(List<FeedDocumentParser> parsers, int round) {
        List<FeedDocumentParser> order = new ArrayList<>(parsers);
        if (round % 2 == 1) {
            Collections.reverse(order);
        }
        return order;
    }

    /** The JIT compiler's accumulated time, ms; 0 when the JVM does not tell. */
    private static long compilationMillis() {
        return COMPILER != null && COMPILER.isCompilationTimeMonitoringSupported() ? COMPILER.getTotalCompilationTime() : 0;
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
        return new Pass(seconds, cpuSeconds, rounds, entries, failures, MachineInfo.loadAverage());
    }
}
