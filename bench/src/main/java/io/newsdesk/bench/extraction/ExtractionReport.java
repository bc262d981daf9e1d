package io.newsdesk.bench.extraction;

import io.newsdesk.bench.ingest.Distribution;
import io.newsdesk.bench.ingest.MachineInfo;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Writes the extraction benchmark's outcome as Markdown for {@code BENCHMARKS.md}: the conditions,
 * quality per extractor, speed and memory per extractor, and Newsdesk's figures as ratios of each
 * other extractor's from the same run.
 */
final class ExtractionReport {

    private static final double MB = 1024 * 1024;
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private ExtractionReport() {}

    static String render(ExtractionResults results) {
        StringBuilder out = new StringBuilder();
        conditions(results, out);
        out.append('\n');
        quality(results, out);
        out.append('\n');
        speed(results, out);
        if (results.extractors().contains(NewsdeskExtractor.NAME) && results.extractors().size() > 1) {
            out.append('\n');
            ratios(results, out);
        }
        return out.toString();
    }

    private static void conditions(ExtractionResults results, StringBuilder out) {
        MachineInfo machine = results.machine();
        ExtractionSettings settings = results.settings();
        out.append("- Command: `").append(results.command()).append("`\n");
        out.append("- When: ").append(WHEN.format(results.finished())).append('\n');
        out.append(format("- Machine: %s, %d cores, %.1f GiB RAM; %s; %s%n", machine.cpu(), machine.cores(),
                machine.memoryBytes() / (MB * 1024), machine.jvm(), machine.os()));
        if (!results.loadAverages().isEmpty()) {
            Distribution load = Distribution.of(results.loadAverages());
            out.append(format("- Load average (1 min) during the run: %.2f to %.2f%n", load.min(), load.max()));
        }
        out.append(format("- Corpus: article-extraction-benchmark, %d pages, %.1f MB of HTML as text%n",
                results.corpusPages(), results.corpusChars() / MB));
        out.append(format("- Latency: %d warm-up and %d measured rounds over the corpus on one thread, the extractors "
                + "taking turns; a page's time is its median over the rounds, parse included%n",
                settings.warmups(), settings.rounds()));
        out.append(format("- Throughput: %d passes of %.0f s per extractor and thread count; median pages/s with "
                + "[min–max]%n", settings.passes(), settings.passSeconds()));
    }

    private static void quality(ExtractionResults results, StringBuilder out) {
        out.append("| extractor | precision | recall | F1 | pages failed |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        for (QualityResult result : results.quality()) {
            out.append(format("| %s | %.3f | %.3f | %.3f | %d |%n", result.extractor(),
                    result.scores().precision(), result.scores().recall(), result.scores().f1(),
                    result.failures()));
        }
    }

    private static void speed(ExtractionResults results, StringBuilder out) {
        List<String> names = results.extractors();
        out.append("| per page |");
        names.forEach(name -> out.append(' ').append(name).append(" |"));
        out.append("\n|---|");
        names.forEach(name -> out.append("---:|"));
        out.append('\n');
        latencyRow(results, out, "median, ms", result -> result.millis().median(), "%.2f");
        latencyRow(results, out, "mean, ms", result -> result.millis().mean(), "%.2f");
        latencyRow(results, out, "p95, ms", result -> result.millis().p95(), "%.2f");
        latencyRow(results, out, "slowest page, ms", result -> result.millis().max(), "%.1f");
        for (int threads : results.settings().threadCounts()) {
            out.append("| pages/s, ").append(threads).append(threads == 1 ? " thread |" : " threads |");
            for (String name : names) {
                Optional<ThroughputResult> result = results.throughput(name, threads);
                out.append(result.map(r -> rangeCell(r.pagesPerSecond())).orElse(" – |"));
            }
            out.append('\n');
        }
        latencyRow(results, out, "allocated, MB (median page)", result -> result.allocatedBytes().median() / MB,
                "%.1f");
        latencyRow(results, out, "allocated, MB (mean)", result -> result.allocatedBytes().mean() / MB, "%.1f");
        out.append("| peak heap over the corpus, MB |");
        for (String name : names) {
            Long peak = results.peakHeapBytes().get(name);
            out.append(peak == null ? " – |" : format(" %.0f |", peak / MB));
        }
        out.append('\n');
    }

    private static void latencyRow(ExtractionResults results, StringBuilder out, String label,
            Function<LatencyResult, Double> value, String format) {
        out.append("| ").append(label).append(" |");
        for (String name : results.extractors()) {
            out.append(results.latency(name).map(result -> format(" " + format + " |", value.apply(result)))
                    .orElse(" – |"));
        }
        out.append('\n');
    }

    private static String rangeCell(Distribution pagesPerSecond) {
        return format(" %.0f [%.0f–%.0f] |", pagesPerSecond.median(), pagesPerSecond.min(), pagesPerSecond.max());
    }

    /** Newsdesk against each other extractor: how many times faster, and what share of its memory. */
    private static void ratios(ExtractionResults results, StringBuilder out) {
        List<String> others = results.extractors().stream()
                .filter(name -> !name.equals(NewsdeskExtractor.NAME))
                .toList();
        out.append("| Newsdesk against |");
        others.forEach(name -> out.append(' ').append(name).append(" |"));
        out.append("\n|---|");
        others.forEach(name -> out.append("---:|"));
        out.append('\n');
        LatencyResult ours = results.latency(NewsdeskExtractor.NAME).orElseThrow();
        out.append("| times faster, median page |");
        others.forEach(name -> out.append(results.latency(name)
                .map(theirs -> format(" %.2f× |", theirs.millis().median() / ours.millis().median()))
                .orElse(" – |")));
        out.append('\n');
        out.append("| times faster, mean page |");
        others.forEach(name -> out.append(results.latency(name)
                .map(theirs -> format(" %.2f× |", theirs.millis().mean() / ours.millis().mean()))
                .orElse(" – |")));
        out.append('\n');
        for (int threads : results.settings().threadCounts()) {
            Optional<ThroughputResult> oursAt = results.throughput(NewsdeskExtractor.NAME, threads);
            out.append("| pages/s ratio, ").append(threads).append(threads == 1 ? " thread |" : " threads |");
            others.forEach(name -> out.append(oursAt.flatMap(o -> results.throughput(name, threads)
                    .map(theirs -> format(" %.2f× |", o.pagesPerSecond().median() / theirs.pagesPerSecond().median())))
                    .orElse(" – |")));
            out.append('\n');
        }
        out.append("| allocation, mean page |");
        others.forEach(name -> out.append(results.latency(name)
                .map(theirs -> format(" %.2f |", ours.allocatedBytes().mean() / theirs.allocatedBytes().mean()))
                .orElse(" – |")));
        out.append('\n');
    }

    private static String format(String format, Object... values) {
        return String.format(Locale.ROOT, format, values);
    }
}
