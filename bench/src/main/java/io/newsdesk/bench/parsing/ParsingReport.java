package io.newsdesk.bench.parsing;

import io.newsdesk.bench.ingest.Distribution;
import io.newsdesk.bench.ingest.MachineInfo;
import io.newsdesk.bench.parsing.ThroughputBenchmark.Pass;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The {@code parsing} benchmark's outcome as the results of {@code BENCHMARKS.md}'s "Feed parse
 * throughput" section: the conditions, one table per corpus, and the large feed's runs.
 */
public final class ParsingReport {

    /** One corpus and the passes over it, the first parser being Newsdesk. */
    public record CorpusResult(ParsingCorpus corpus, ThroughputBenchmark.Result result) {

        Map<String, List<Pass>> passes() {
            return result.passes();
        }
    }

    /**
     * How the benchmark was run, for the report's first lines.
     *
     * @param commandLine the command that produced the report
     * @param settings the passes' settings
     * @param largeFeedMegabytes the size of the generated feed, 0 when that part was skipped
     * @param smallHeap the {@code -Xmx} the large feed was first parsed under
     */
    public record Conditions(String commandLine, ThroughputBenchmark.Settings settings, int largeFeedMegabytes,
            String smallHeap) {}

    private final StringBuilder out = new StringBuilder();

    private ParsingReport() {}

    /** Renders the report. */
    public static String render(Conditions conditions, List<CorpusResult> corpora, List<LargeFeedRun> largeFeed) {
        ParsingReport report = new ParsingReport();
        report.conditions(conditions, corpora);
        corpora.forEach(report::corpus);
        if (!largeFeed.isEmpty()) {
            report.largeFeed(largeFeed, conditions);
        }
        return report.out.toString();
    }

    private void conditions(Conditions conditions, List<CorpusResult> corpora) {
        MachineInfo machine = MachineInfo.current();
        line("- Command: `" + conditions.commandLine() + "`");
        line("- When: " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
        line(String.format(Locale.ROOT, "- Machine: %s, %d cores, %.1f GiB RAM; %s; %s", machine.cpu(), machine.cores(),
                machine.memoryBytes() / (1024.0 * 1024 * 1024), machine.jvm(), machine.os()));
        List<Double> loads = corpora.stream()
                .flatMap(result -> result.passes().values().stream())
                .flatMap(List::stream)
                .map(Pass::loadAverage)
                .toList();
        if (!loads.isEmpty()) {
            Distribution load = Distribution.of(loads);
            line(String.format(Locale.ROOT, "- Load average (1 min) at the end of the measured passes: %.2f to %.2f "
                    + "(median %.2f), on %d cores", load.min(), load.max(), load.median(), machine.cores()));
        }
        ThroughputBenchmark.Settings settings = conditions.settings();
        line(String.format(Locale.ROOT, "- Passes: in each round one pass per parser, going round the corpus for at least "
                + "%.0f s, from documents in memory; one thread, the parsers taking turns in alternating order. At "
                + "least %d warm-up rounds, more (up to %d) while the JIT compiler still worked more than 1%% of a "
                + "round, then %d measured rounds. Figures are medians with [min–max]; a ratio is the median of the "
                + "ratios of the passes that ran back to back", settings.minPassSeconds(), settings.warmups(),
                settings.maxWarmups(), settings.runs()));
        line("");
    }

    private void corpus(CorpusResult result) {
        ParsingCorpus corpus = result.corpus();
        double megabytes = corpus.bytes() / (1024.0 * 1024.0);
        int documents = corpus.documents().size();
        List<String> parsers = new ArrayList<>(result.passes().keySet());
        line(String.format(Locale.ROOT, "**%s**: %d documents, %.2f MB; %d warm-up rounds", corpus.name(), documents,
                megabytes, result.result().warmupRounds()));
        line("");
        StringBuilder header = new StringBuilder("| |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String parser : parsers) {
            header.append(' ').append(parser).append(" |");
            rule.append("---:|");
        }
        line(header + " " + parsers.get(0) + " ÷ " + parsers.get(1) + " |");
        line(rule + "---:|");
        row("documents read", result, pass -> documents - pass.failures(), "%.0f", false);
        row("entries read", result, pass -> pass.entries(), "%.0f", false);
        row("MB/s", result, pass -> megabytes * pass.rounds() / pass.seconds(), "%.2f", true);
        row("documents/s", result, pass -> (double) documents * pass.rounds() / pass.seconds(), "%.0f", true);
        row("entries/s", result, pass -> (double) pass.entries() * pass.rounds() / pass.seconds(), "%.0f", true);
        row("MB per CPU second", result, pass -> megabytes * pass.rounds() / pass.cpuSeconds(), "%.2f", true);
        line("");
    }

    private void row(String label, CorpusResult result, ToDoubleFunction<Pass> metric, String format, boolean ratio) {
        StringBuilder row = new StringBuilder("| " + label + " |");
        List<List<Pass>> passes = new ArrayList<>(result.passes().values());
        for (List<Pass> parserPasses : passes) {
            Distribution value = Distribution.of(parserPasses.stream().map(metric::applyAsDouble).toList());
            row.append(' ').append(String.format(Locale.ROOT, format, value.median()));
            if (value.min() != value.max()) {
                row.append(String.format(Locale.ROOT, " [" + format + "–" + format + "]", value.min(), value.max()));
            }
            row.append(" |");
        }
        if (ratio) {
            Distribution ratios = pairedRatios(passes.get(0), passes.get(1), metric);
            row.append(String.format(Locale.ROOT, " **%.2f**", ratios.median()));
            if (ratios.min() != ratios.max()) {
                row.append(String.format(Locale.ROOT, " [%.2f–%.2f]", ratios.min(), ratios.max()));
            }
            row.append(" |");
        } else {
            row.append(" |");
        }
        line(row.toString());
    }

    /** The ratio of each pass of the first parser to the pass of the second that ran beside it. */
    static Distribution pairedRatios(List<Pass> first, List<Pass> second, ToDoubleFunction<Pass> metric) {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < Math.min(first.size(), second.size()); i++) {
            ratios.add(metric.applyAsDouble(first.get(i)) / metric.applyAsDouble(second.get(i)));
        }
        return Distribution.of(ratios);
    }

    private void largeFeed(List<LargeFeedRun> runs, Conditions conditions) {
        line(String.format(Locale.ROOT, "**A generated %d MB RSS feed** (items of about 2 KB of escaped HTML, generated "
                + "while it is read, so the benchmark never holds it), one fresh JVM per run with the default "
                + "collector; a parser that fails under -Xmx%s is run again under larger heaps until it completes:",
                conditions.largeFeedMegabytes(), conditions.smallHeap()));
        line("");
        line("| parser | -Xmx | outcome | entries | seconds | CPU seconds | MB/s | peak heap, MB | load |");
        line("|---|---:|---|---:|---:|---:|---:|---:|---:|");
        for (LargeFeedRun run : runs) {
            boolean ok = run.succeeded();
            line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.1f | %.1f | %s | %d | %.2f |", describe(run.mode()),
                    run.heap(), ok ? "ok" : run.outcome() + String.format(Locale.ROOT, " after %.0f MB read", run.fedMb()),
                    ok ? Integer.toString(run.entries()) : "–", run.seconds(), run.cpuSeconds(),
                    ok ? String.format(Locale.ROOT, "%.1f", run.fedMb() / run.seconds()) : "–", run.peakHeapMb(),
                    run.loadAverage()));
        }
        line("");
        line("CPU seconds are the whole probe process's (collector and compiler included); load is the one-minute "
                + "load average when the run ended. Peak heap is the sum of the heap pools' peaks (an upper bound, "
                + "garbage included, so it grows with the heap allowed); the smallest heap a parser completes under "
                + "is what it needs, to the step tried.");
        line("");
    }

    private static String describe(LargeFeedProbe.Mode mode) {
        return switch (mode) {
            case NEWSDESK_STREAM -> "Newsdesk `FeedParser.stream`";
            case NEWSDESK_PARSE -> "Newsdesk `FeedParser.parse` (size limit raised)";
            case ROME -> "ROME 2.1.0 `SyndFeedInput`";
        };
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
