package io.newsdesk.bench.report;

import io.newsdesk.bench.ingest.Distribution;
import io.newsdesk.bench.ingest.IngestReport;
import io.newsdesk.bench.ingest.MachineInfo;
import io.newsdesk.bench.ingest.PipelineRun;
import io.newsdesk.bench.ingest.RunResult;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Writes an ingest benchmark's outcome as Markdown for {@code BENCHMARKS.md}: the conditions, a
 * table of medians with their range and, when the peer ran, Newsdesk's figures as a ratio of the
 * peer's, then every run.
 */
public final class MarkdownReport {

    private static final double MB = 1e6;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private MarkdownReport() {}

    public static String render(IngestReport report) {
        StringBuilder out = new StringBuilder();
        conditions(report, out);
        out.append('\n');
        summary(report, out);
        out.append('\n');
        runs(report, out);
        return out.toString();
    }

    private static void conditions(IngestReport report, StringBuilder out) {
        MachineInfo machine = report.machine();
        List<Double> loads = report.loadAverages();
        out.append("- Command: `").append(report.command()).append("`\n");
        out.append("- When: ").append(WHEN.format(report.finished())).append('\n');
        out.append(String.format(Locale.ROOT, "- Machine: %s, %d cores, %.1f GiB RAM; %s; %s%n",
                machine.cpu(), machine.cores(), machine.memoryBytes() / (1024.0 * 1024 * 1024), machine.jvm(), machine.os()));
        if (!loads.isEmpty()) {
            Distribution load = Distribution.of(loads);
            out.append(String.format(Locale.ROOT, "- Load average (1 min) at the end of the measured runs: %.2f to %.2f%n",
                    load.min(), load.max()));
        }
        out.append("- Database: ").append(report.database()).append('\n');
        out.append("- Corpus: ").append(report.corpus().description()).append(String.format(Locale.ROOT,
                ", served from %d loopback host(s)%n", report.settings().hosts()));
        out.append(String.format(Locale.ROOT, "- Runs: %d warm-up and %d measured per pipeline, in alternating order; "
                        + "figures are medians with [min–max]%n",
                report.settings().warmups(), report.settings().runs()));
    }

    private static void summary(IngestReport report, StringBuilder out) {
        List<String> pipelines = report.pipelines();
        boolean ratio = pipelines.size() == 2;
        out.append("| |");
        pipelines.forEach(name -> out.append(' ').append(name).append(" |"));
        if (ratio) {
            out.append(' ').append(pipelines.get(0)).append(" ÷ ").append(pipelines.get(1)).append(" |");
        }
        out.append("\n|---|");
        pipelines.forEach(name -> out.append("---:|"));
        out.append(ratio ? "---:|\n" : "\n");

        row(report, out, "entries stored", r -> r.run().entriesStored(), "%.0f", false, false);
        row(report, out, "(a) fetch + parse + store, s", r -> r.run().ingest().wallSeconds(), "%.2f", true, false);
        row(report, out, "(a) entries/s", r -> r.run().ingest().perSecond(r.run().entriesStored()), "%.0f", true, ratio);
        row(report, out, "(a) feeds/s", r -> r.run().ingest().perSecond(feeds(r.run())), "%.1f", true, ratio);
        row(report, out, "(a) CPU, s", r -> r.run().ingest().cpuSeconds(), "%.2f", false, ratio);
        row(report, out, "(b) indexing, s", r -> r.run().index().wallSeconds(), "%.2f", true, false);
        row(report, out, "(b) entries/s", r -> r.run().index().perSecond(r.run().entriesIndexed()), "%.0f", true, ratio);
        row(report, out, "(b) CPU, s", r -> r.run().index().cpuSeconds(), "%.2f", false, ratio);
        row(report, out, "(a+b) total, s", r -> r.run().total().wallSeconds(), "%.2f", true, false);
        row(report, out, "(a+b) entries/s", r -> r.run().total().perSecond(r.run().entriesStored()), "%.0f", true, ratio);
        row(report, out, "(a+b) CPU, s", r -> r.run().total().cpuSeconds(), "%.2f", false, ratio);
        row(report, out, "peak heap, MB", r -> r.peakHeapBytes() / MB, "%.0f", false, ratio);
        row(report, out, "database on disk, MB", r -> r.databaseBytes() / MB, "%.1f", false, ratio);
        row(report, out, "index on disk, MB", r -> r.indexBytes() / MB, "%.1f", false, ratio);
    }

    private static void row(IngestReport report, StringBuilder out, String label, ToDoubleFunction<RunResult> metric,
            String format, boolean range, boolean ratio) {
        out.append("| ").append(label).append(" |");
        for (String pipeline : report.pipelines()) {
            Distribution values = report.distribution(pipeline, metric);
            out.append(' ').append(String.format(Locale.ROOT, format, values.median()));
            if (range && values.min() != values.max()) {
                out.append(String.format(Locale.ROOT, " [" + format + "–" + format + "]", values.min(), values.max()));
            }
            out.append(" |");
        }
        if (report.pipelines().size() == 2) {
            if (ratio) {
                double ours = report.distribution(report.pipelines().get(0), metric).median();
                double theirs = report.distribution(report.pipelines().get(1), metric).median();
                out.append(theirs == 0 ? " – |" : String.format(Locale.ROOT, " %.2f |", ours / theirs));
            } else {
                out.append(" |");
            }
        }
        out.append('\n');
    }

    private static void runs(IngestReport report, StringBuilder out) {
        out.append("<details><summary>Every measured run</summary>\n\n");
        out.append("| run | pipeline | (a) s | (b) s | CPU (a+b) s | peak heap MB | feeds failed | load |\n");
        out.append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (RunResult result : report.results()) {
            PipelineRun run = result.run();
            out.append(String.format(Locale.ROOT, "| %d | %s | %.2f | %.2f | %.2f | %.0f | %d | %.2f |%n",
                    result.number(), result.pipeline(), run.ingest().wallSeconds(), run.index().wallSeconds(),
                    run.total().cpuSeconds(), result.peakHeapBytes() / MB, run.feedsFailed(), result.loadAverage()));
        }
        out.append("\n</details>\n");
    }

    private static long feeds(PipelineRun run) {
        return run.feedsStored() + run.feedsFailed();
    }
}
