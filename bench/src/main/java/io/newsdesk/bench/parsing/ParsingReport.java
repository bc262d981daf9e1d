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

/** The {@code parsing} benchmark's outcome as Markdown for {@code BENCHMARKS.md}. */
public final class ParsingReport {

    /** One corpus and each parser's measured passes over it, the first parser being Newsdesk. */
    public record CorpusResult(ParsingCorpus corpus, Map<String, List<Pass>> passes) {}

    private final StringBuilder out = new StringBuilder();

    private ParsingReport() {}

    /**
     * Renders the report.
     *
     * @param commandLine the command that produced it
     * @param load the one-minute load average before and after the measured passes
     */
    public static String render(String commandLine, double[] load, ThroughputBenchmark.Settings settings,
            List<CorpusResult> corpora, List<LargeFeedRun> largeFeed, int largeFeedMegabytes) {
        ParsingReport report = new ParsingReport();
        report.conditions(commandLine, load, settings);
        corpora.forEach(report::corpus);
        if (!largeFeed.isEmpty()) {
            report.largeFeed(largeFeed, largeFeedMegabytes);
        }
        return report.out.toString();
    }

    private void conditions(String commandLine, double[] load, ThroughputBenchmark.Settings settings) {
        MachineInfo machine = MachineInfo.current();
        line("- Command: `" + commandLine + "`");
        line("- When: " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
        line(String.format(Locale.ROOT, "- Machine: %s, %d cores, %.1f GiB RAM; %s; %s", machine.cpu(), machine.cores(),
                machine.memoryBytes() / (1024.0 * 1024 * 1024), machine.jvm(), machine.os()));
        line(String.format(Locale.ROOT, "- Load average (1 min): %.2f before the measured passes, %.2f after", load[0], load[1]));
        line(String.format(Locale.ROOT, "- Passes: %d warm-up and %d measured per parser and corpus, each going round the "
                + "corpus for at least %.0f s; one thread, the parsers taking turns in alternating order; figures are "
                + "medians with [min–max]", settings.warmups(), settings.runs(), settings.minPassSeconds()));
        line("");
    }

    private void corpus(CorpusResult result) {
        ParsingCorpus corpus = result.corpus();
        double megabytes = corpus.bytes() / (1024.0 * 1024.0);
        int documents = corpus.documents().size();
        List<String> parsers = new ArrayList<>(result.passes().keySet());
        line(String.format(Locale.ROOT, "**%s**: %d documents, %.2f MB", corpus.name(), documents, megabytes));
        line("");
        StringBuilder header = new StringBuilder("| |");
        StringBuilder rule = new StringBuilder("|---|");
        for (String parser : parsers) {
            header.append(' ').append(parser).append(" |");
            rule.append("---:|");
        }
        line(header + " " + parsers.get(0) + " ÷ " + parsers.get(1) + " |");
        line(rule + "---:|");
        row("documents parsed", result, pass -> documents - pass.failures(), "%.0f", false);
        row("entries read", result, pass -> pass.entries(), "%.0f", false);
        row("MB/s", result, pass -> megabytes * pass.rounds() / pass.seconds(), "%.2f", true);
        row("documents/s", result, pass -> (double) documents * pass.rounds() / pass.seconds(), "%.0f", true);
        row("MB per CPU second", result, pass -> megabytes * pass.rounds() / pass.cpuSeconds(), "%.2f", true);
        line("");
    }

    private void row(String label, CorpusResult result, ToDoubleFunction<Pass> metric, String format, boolean ratio) {
        StringBuilder row = new StringBuilder("| " + label + " |");
        List<Distribution> values = new ArrayList<>();
        for (List<Pass> passes : result.passes().values()) {
            Distribution value = Distribution.of(passes.stream().map(metric::applyAsDouble).toList());
            values.add(value);
            row.append(' ').append(String.format(Locale.ROOT, format, value.median()));
            if (value.min() != value.max()) {
                row.append(String.format(Locale.ROOT, " [" + format + "–" + format + "]", value.min(), value.max()));
            }
            row.append(" |");
        }
        row.append(ratio ? String.format(Locale.ROOT, " **%.2f** |", values.get(0).median() / values.get(1).median()) : " |");
        line(row.toString());
    }

    private void largeFeed(List<LargeFeedRun> runs, int megabytes) {
        line(String.format(Locale.ROOT, "**A generated %d MB RSS feed** (streamed from a generator, never held whole by the "
                + "benchmark), one fresh JVM per run:", megabytes));
        line("");
        line("| parser | max heap | outcome | entries | seconds | MB/s | peak heap, MB |");
        line("|---|---:|---|---:|---:|---:|---:|");
        for (LargeFeedRun run : runs) {
            boolean ok = run.outcome().equals("ok");
            line(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.1f | %s | %d |", describe(run.mode()), run.heap(),
                    ok ? "ok" : run.outcome() + String.format(Locale.ROOT, " after %.0f MB read", run.fedMb()),
                    ok ? Integer.toString(run.entries()) : "–", run.seconds(),
                    ok ? String.format(Locale.ROOT, "%.1f", run.fedMb() / run.seconds()) : "–", run.peakHeapMb()));
        }
        line("");
    }

    private static String describe(LargeFeedProbe.Mode mode) {
        return switch (mode) {
            case NEWSDESK_STREAM -> "Newsdesk `FeedParser.stream`";
            case NEWSDESK_PARSE -> "Newsdesk `FeedParser.parse` (limits raised)";
            case ROME -> "ROME 2.1.0 `SyndFeedInput`";
        };
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
