package io.newsdesk.bench.polling;

import io.newsdesk.bench.ingest.Distribution;
import io.newsdesk.bench.ingest.MachineInfo;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * Writes a polling benchmark's outcome as Markdown for {@code BENCHMARKS.md}: the conditions, a
 * table of medians with their range for the first cycle and the one after, what the server
 * answered, and every measured cycle.
 */
public final class PollingMarkdown {

    private static final double MB = 1e6;
    private static final List<String> ANSWERS = List.of("200", "304", "404", "500", "410", "timeout");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private PollingMarkdown() {}

    public static String render(PollingReport report) {
        StringBuilder out = new StringBuilder();
        conditions(report, out);
        out.append('\n');
        summary(report, out);
        out.append('\n');
        cycles(report, out);
        return out.toString();
    }

    private static void conditions(PollingReport report, StringBuilder out) {
        MachineInfo machine = report.machine();
        PollingSettings settings = report.settings();
        ServerSettings server = settings.server();
        out.append("- Command: `").append(report.command()).append("`\n");
        out.append("- When: ").append(WHEN.format(report.finished())).append('\n');
        out.append(String.format(Locale.ROOT, "- Machine: %s, %d cores, %.1f GiB RAM; %s; %s%n",
                machine.cpu(), machine.cores(), machine.memoryBytes() / (1024.0 * 1024 * 1024), machine.jvm(), machine.os()));
        List<Double> loads = report.results().stream().map(CycleResult::loadAverage).filter(load -> load >= 0).toList();
        if (!loads.isEmpty()) {
            Distribution load = Distribution.of(loads);
            out.append(String.format(Locale.ROOT, "- Load average (1 min) at the end of the measured cycles: %.2f to %.2f%n",
                    load.min(), load.max()));
        }
        out.append("- Database: ").append(report.database()).append('\n');
        out.append(String.format(Locale.ROOT, "- Feeds: %d small RSS feeds (%d stories, about 4 KB, gzip) on %d loopback "
                        + "hosts (127.0.0.1–127.0.0.%d); mix %s; slow feeds answer after %d–%d ms, timeouts never "
                        + "(Newsdesk's 20 s idle timeout ends them); in the next cycle %s%% of the serving feeds have a new "
                        + "story, the rest answer 304%n",
                server.feeds(), PolledFeeds.STORIES, server.hosts(), server.hosts(), server.mix().describe(),
                server.fastestSlow().toMillis(), server.slowest().toMillis(), format(server.changedPercent())));
        out.append(String.format(Locale.ROOT, "- Newsdesk: at most %d feeds at once, %d per host; the feed server runs %s%n",
                settings.pollConcurrency(), settings.perHost(),
                settings.separateServer() ? "in a JVM of its own" : "in the same JVM"));
        Distribution subscribing = Distribution.of(report.subscribing().stream().map(PollingMarkdown::seconds).toList());
        out.append(String.format(Locale.ROOT, "- Runs: %d warm-up and %d measured, each on a fresh database subscribed to "
                        + "every feed beforehand (%.1f s, not measured); figures are medians with [min–max]%n",
                settings.warmups(), settings.runs(), subscribing.median()));
    }

    private static void summary(PollingReport report, StringBuilder out) {
        out.append("| | first cycle (every feed new) | next cycle (conditional requests) |\n|---|---:|---:|\n");
        row(report, out, "feeds checked", r -> r.feedsChecked(), "%.0f", false);
        row(report, out, "requests", r -> r.server().requests(), "%.0f", false);
        row(report, out, "wall time, s", CycleResult::wallSeconds, "%.2f", true);
        row(report, out, "requests/s", CycleResult::requestsPerSecond, "%.0f", true);
        row(report, out, "Newsdesk CPU, s", r -> seconds(r.newsdeskCpu()), "%.2f", true);
        row(report, out, "feed server CPU, s", r -> seconds(r.serverCpu()), "%.2f", true);
        row(report, out, "peak heap, MB", r -> r.peakHeapBytes() / MB, "%.0f", true);
        for (String answer : ANSWERS) {
            row(report, out, "answered " + answer, r -> r.server().answered(answer), "%.0f", false);
        }
        row(report, out, "conditional requests", r -> r.server().conditionalRequests(), "%.0f", false);
        row(report, out, "most requests at once on one host", r -> r.server().mostActivePerHost(), "%.0f", true);
        row(report, out, "feeds failing afterwards", CycleResult::failingFeeds, "%.0f", false);
        row(report, out, "feeds disabled afterwards", CycleResult::disabledFeeds, "%.0f", false);
    }

    private static void row(PollingReport report, StringBuilder out, String label, ToDoubleFunction<CycleResult> metric,
            String format, boolean range) {
        out.append("| ").append(label).append(" |");
        for (int cycle = 1; cycle <= 2; cycle++) {
            Distribution values = report.distribution(cycle, metric);
            out.append(' ').append(String.format(Locale.ROOT, format, values.median()));
            if (range && values.min() != values.max()) {
                out.append(String.format(Locale.ROOT, " [" + format + "–" + format + "]", values.min(), values.max()));
            }
            out.append(" |");
        }
        out.append('\n');
    }

    private static void cycles(PollingReport report, StringBuilder out) {
        out.append("<details><summary>Every measured cycle</summary>\n\n");
        out.append("| run | cycle | wall s | requests/s | CPU s | server CPU s | peak heap MB | load |\n");
        out.append("|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (CycleResult result : report.results()) {
            out.append(String.format(Locale.ROOT, "| %d | %d | %.2f | %.0f | %.2f | %.2f | %.0f | %.2f |%n",
                    result.run(), result.cycle(), result.wallSeconds(), result.requestsPerSecond(),
                    seconds(result.newsdeskCpu()), seconds(result.serverCpu()), result.peakHeapBytes() / MB,
                    result.loadAverage()));
        }
        out.append("\n</details>\n");
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }

    private static String format(double percent) {
        return percent == Math.rint(percent) ? String.valueOf((long) percent) : String.valueOf(percent);
    }
}
