package io.newsdesk.bench.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.bench.db.DatabaseTarget;
import io.newsdesk.bench.peer.NaivePipeline;
import io.newsdesk.bench.server.ServedDocument;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small but complete benchmark runs: both pipelines, a real server, a real database and index. */
class IngestBenchmarkTest {

    private static final int FEEDS = 4;
    private static final int ENTRIES = 3;

    @TempDir
    Path work;

    @Test
    void bothPipelinesIngestAndIndexTheWholeCorpus() throws Exception {
        IngestSettings settings = new IngestSettings(FEEDS, ENTRIES, 2, 0, 1, 2, null, true, work);
        StringWriter progress = new StringWriter();

        IngestReport report = run(settings, progress);

        assertThat(report.pipelines()).containsExactly("Newsdesk", "naive peer");
        assertThat(report.results()).hasSize(4);
        assertThat(report.results()).extracting(RunResult::pipeline)
                .containsExactly("Newsdesk", "naive peer", "naive peer", "Newsdesk");
        assertThat(report.results()).allSatisfy(result -> {
            assertThat(result.run().feedsStored()).isEqualTo(FEEDS);
            assertThat(result.run().entriesStored()).isEqualTo(FEEDS * ENTRIES);
            assertThat(result.run().entriesIndexed()).isEqualTo(FEEDS * ENTRIES);
            assertThat(result.databaseBytes()).isPositive();
            assertThat(result.indexBytes()).isPositive();
            assertThat(result.peakHeapBytes()).isPositive();
            assertThat(result.run().ingest().wall()).isPositive();
        });
        assertThat(progress.toString()).contains("Corpus: 4 synthetic feeds × 3 entries", "run 2/2",
                "answered 16 requests for 4 feeds in 4 runs");
        try (var left = Files.list(work)) {
            assertThat(left).as("run folders are deleted").isEmpty();
        }
    }

    @Test
    void servesTheSharedFixturesBesideTheSyntheticFeeds() throws Exception {
        Path fixtures = SharedCorpora.folder().resolve("corpora/feed-fixtures/miniflux/internal/reader/parser/testdata");
        IngestSettings settings = new IngestSettings(FEEDS, ENTRIES, 1, 0, 1, 1, fixtures, false, work);

        IngestReport report = run(settings, new StringWriter());

        assertThat(report.corpus().fixtureFeeds()).isEqualTo(8);
        RunResult newsdesk = report.results().getFirst();
        assertThat(newsdesk.run().failures()).isEmpty();
        assertThat(newsdesk.run().feedsStored()).isEqualTo(FEEDS + 8);
        assertThat(newsdesk.run().entriesStored()).isGreaterThan(FEEDS * ENTRIES);
    }

    @Test
    void aRunThatLostEntriesIsRefused() {
        BenchmarkCorpus corpus = new BenchmarkCorpus(List.of(), 2, 10, "two feeds");

        assertThatThrownBy(() -> IngestBenchmark.verify(new NewsdeskPipeline(), run(2, 0, 9, 9, List.of()), corpus))
                .isInstanceOf(BenchmarkException.class).hasMessageContaining("stored 9 entries of 10");
        assertThatThrownBy(() -> IngestBenchmark.verify(new NewsdeskPipeline(), run(2, 0, 10, 8, List.of()), corpus))
                .hasMessageContaining("indexed 8 of 10");
        assertThatThrownBy(() -> IngestBenchmark.verify(new NewsdeskPipeline(), run(1, 1, 5, 5, List.of("x: 404")), corpus))
                .hasMessageContaining("1 feeds failed").hasMessageContaining("x: 404");
    }

    @Test
    void fixturesMayFailButSyntheticEntriesMustAllArrive() throws Exception {
        ServedDocument fixture = new ServedDocument("/f.xml", "application/xml", new byte[1]);
        BenchmarkCorpus corpus = new BenchmarkCorpus(List.of(fixture, fixture, fixture), 2, 10, "two feeds, a fixture");

        IngestBenchmark.verify(new NewsdeskPipeline(), run(2, 1, 10, 10, List.of("fixture: broken")), corpus);
        assertThatThrownBy(() -> IngestBenchmark.verify(new NewsdeskPipeline(), run(1, 2, 9, 9, List.of()), corpus))
                .isInstanceOf(BenchmarkException.class);
    }

    private IngestReport run(IngestSettings settings, StringWriter progress) throws BenchmarkException {
        try (DatabaseTarget sqlite = DatabaseTarget.open("sqlite")) {
            List<IngestPipeline> pipelines = settings.peer()
                    ? List.of(new NewsdeskPipeline(), new NaivePipeline(4))
                    : List.of(new NewsdeskPipeline());
            return new IngestBenchmark(settings, sqlite, pipelines, new PrintWriter(progress, true)).run("test");
        }
    }

    private static PipelineRun run(int stored, int failed, long entries, long indexed, List<String> failures) {
        Phase phase = new Phase(Duration.ofSeconds(1), Duration.ofSeconds(1));
        return new PipelineRun(stored, failed, entries, indexed, phase, phase, failures);
    }
}
