package io.newsdesk.bench.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.bench.ingest.BenchmarkCorpus;
import io.newsdesk.bench.ingest.IngestReport;
import io.newsdesk.bench.ingest.IngestSettings;
import io.newsdesk.bench.ingest.MachineInfo;
import io.newsdesk.bench.ingest.Phase;
import io.newsdesk.bench.ingest.PipelineRun;
import io.newsdesk.bench.ingest.RunResult;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownReportTest {

    private static final IngestSettings SETTINGS = new IngestSettings(10, 100, 3, 1, 7, 4, null, true, Path.of("/tmp"));
    private static final MachineInfo MACHINE =
            new MachineInfo("Test CPU", 2, 8L * 1024 * 1024 * 1024, "Test JVM 21", "Test OS");
    private static final BenchmarkCorpus CORPUS = new BenchmarkCorpus(List.of(), 10, 1000, "10 feeds of 100");

    @Test
    void showsTheConditions() {
        String markdown = MarkdownReport.render(report(List.of(
                result("Newsdesk", 1, 2, 1, 1.5), result("peer", 1, 1, 0.5, 2.5))));

        assertThat(markdown)
                .contains("- Command: `bench/run-ingest.sh --feeds 10`")
                .contains("Test CPU, 2 cores, 8.0 GiB RAM; Test JVM 21; Test OS")
                .contains("- Load average (1 min) at the end of the measured runs: 1.50 to 2.50")
                .contains("- Database: SQLite test")
                .contains("- Corpus: 10 feeds of 100, served from 4 loopback host(s)")
                .contains("1 warm-up and 3 measured per pipeline");
    }

    @Test
    void quotesMediansWithTheirRangeAndNewsdeskAsARatioOfThePeer() {
        String markdown = MarkdownReport.render(report(List.of(
                result("Newsdesk", 1, 2, 1, 1), result("peer", 1, 1, 0.5, 1),
                result("Newsdesk", 2, 4, 1, 1), result("peer", 2, 1, 0.5, 1),
                result("Newsdesk", 3, 3, 1, 1), result("peer", 3, 1, 0.5, 1))));

        assertThat(markdown).contains("| | Newsdesk | peer | Newsdesk ÷ peer |");
        // 1000 entries in 2, 4 and 3 s against 1 s each time.
        assertThat(markdown).contains("| (a) fetch + parse + store, s | 3.00 [2.00–4.00] | 1.00 | |");
        assertThat(markdown).contains("| (a) entries/s | 333 [250–500] | 1000 | 0.33 |");
        assertThat(markdown).contains("| (a) feeds/s | 3.3 [2.5–5.0] | 10.0 | 0.33 |");
        assertThat(markdown).contains("| (b) entries/s | 1000 | 2000 | 0.50 |");
        assertThat(markdown).contains("| (a) CPU, s | 6.00 | 2.00 | 3.00 |");
        assertThat(markdown).contains("| database on disk, MB | 2.0 | 1.0 | 2.00 |");
        assertThat(markdown).contains("| 2 | Newsdesk | 4.00 | 1.00 | 10.00 | 100 | 0 | 1.00 |");
    }

    @Test
    void hasNoRatioColumnWithoutAPeer() {
        String markdown = MarkdownReport.render(report(List.of(result("Newsdesk", 1, 2, 1, -1))));

        assertThat(markdown).contains("| | Newsdesk |\n|---|---:|\n").doesNotContain("÷").doesNotContain("Load average");
        assertThat(markdown).contains("| (a) entries/s | 500 |\n");
    }

    private static IngestReport report(List<RunResult> results) {
        List<String> pipelines = results.stream().map(RunResult::pipeline).distinct().toList();
        return new IngestReport(SETTINGS, "bench/run-ingest.sh --feeds 10", MACHINE, "SQLite test", CORPUS,
                Instant.parse("2025-01-01T00:00:00Z"), pipelines, results);
    }

    /** A run over the 10 feeds of 1000 entries; CPU is twice the wall time; sizes scale with ingest time. */
    private static RunResult result(String pipeline, int number, double ingestSeconds, double indexSeconds, double load) {
        Phase ingest = new Phase(seconds(ingestSeconds), seconds(2 * ingestSeconds));
        Phase index = new Phase(seconds(indexSeconds), seconds(2 * indexSeconds));
        PipelineRun run = new PipelineRun(10, 0, 1000, 1000, ingest, index, List.of());
        long databaseBytes = pipeline.equals("Newsdesk") ? 2_000_000 : 1_000_000;
        return new RunResult(pipeline, number, run, 100_000_000, databaseBytes, 500_000, load);
    }

    private static Duration seconds(double seconds) {
        return Duration.ofNanos(Math.round(seconds * 1e9));
    }
}
