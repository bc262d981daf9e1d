package io.newsdesk.bench.ingest;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.bench.db.DatabaseTarget;
import io.newsdesk.bench.db.RunDatabase;
import io.newsdesk.bench.server.FeedServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs the ingest benchmark: generates the corpus, serves it on loopback, and runs each pipeline
 * on a fresh database and folder, first for warm-up, then measured. The pipelines take turns in
 * alternating order, so that slow drifts of the shared machine's load touch both alike.
 */
public final class IngestBenchmark {

    private final IngestSettings settings;
    private final DatabaseTarget database;
    private final List<IngestPipeline> pipelines;
    private final PrintWriter progress;

    /**
     * @param pipelines what to measure, Newsdesk first
     * @param progress where a line per run goes while the benchmark runs
     */
    public IngestBenchmark(
            IngestSettings settings, DatabaseTarget database, List<IngestPipeline> pipelines, PrintWriter progress) {
        if (pipelines.isEmpty()) {
            throw new IllegalArgumentException("nothing to measure");
        }
        this.settings = settings;
        this.database = database;
        this.pipelines = List.copyOf(pipelines);
        this.progress = progress;
    }

    /**
     * @param command the command line, for the report
     * @throws BenchmarkException when the corpus cannot be served, a run fails, or a pipeline
     *     lost entries (its figures would mean nothing)
     */
    public IngestReport run(String command) throws BenchmarkException {
        BenchmarkCorpus corpus = BenchmarkCorpus.build(
                settings.seed(), settings.feeds(), settings.entriesPerFeed(), settings.fixtures());
        progress.println("Corpus: " + corpus.description());
        progress.println("Database: " + database.description());
        List<RunResult> results = new ArrayList<>();
        try (FeedServer server = FeedServer.start(corpus.documents(), settings.hosts())) {
            for (int warmup = 1; warmup <= settings.warmups(); warmup++) {
                for (IngestPipeline pipeline : pipelines) {
                    report("warm-up " + warmup + "/" + settings.warmups(), measure(pipeline, 0, server, corpus));
                }
            }
            for (int number = 1; number <= settings.runs(); number++) {
                for (IngestPipeline pipeline : inTurn(number)) {
                    RunResult result = measure(pipeline, number, server, corpus);
                    report("run " + number + "/" + settings.runs(), result);
                    results.add(result);
                }
            }
            // Each pipeline should fetch each feed once per run; more would mean work not measured as such.
            progress.println("The feed server answered " + server.requests() + " requests for "
                    + corpus.documents().size() + " feeds in " + (settings.warmups() + settings.runs()) * pipelines.size()
                    + " runs");
        } catch (IOException e) {
            throw new BenchmarkException("cannot serve the feeds: " + e.getMessage(), e);
        }
        return new IngestReport(settings, command, MachineInfo.current(), database.description(), corpus,
                Instant.now(), pipelines.stream().map(IngestPipeline::name).toList(), results);
    }

    /** Odd runs in the given order, even runs reversed. */
    private List<IngestPipeline> inTurn(int number) {
        return number % 2 == 1 ? pipelines : pipelines.reversed();
    }

    private RunResult measure(IngestPipeline pipeline, int number, FeedServer server, BenchmarkCorpus corpus)
            throws BenchmarkException {
        Path runDir = createRunDir();
        try {
            String name = pipeline.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_") + "_" + number;
            try (RunDatabase runDatabase = database.create(runDir, name)) {
                RunContext context = new RunContext(server.urls(), runDatabase, runDir.resolve("data"));
                ProcessMeters.startHeapPeak();
                PipelineRun run = pipeline.run(context);
                long peakHeap = ProcessMeters.peakHeapBytes();
                double load = MachineInfo.loadAverage();
                verify(pipeline, run, corpus);
                return new RunResult(pipeline.name(), number, run, peakHeap, runDatabase.sizeBytes(),
                        DiskUsage.size(context.indexDir()), load);
            }
        } catch (IOException e) {
            throw new BenchmarkException("cannot measure the index of a run in " + runDir + ": " + e.getMessage(), e);
        } finally {
            deleteRunDir(runDir);
        }
    }

    /** A run that lost entries measured less work than the others; its figures cannot be compared. */
    static void verify(IngestPipeline pipeline, PipelineRun run, BenchmarkCorpus corpus) throws BenchmarkException {
        List<String> problems = new ArrayList<>();
        if (run.feedsFailed() > corpus.fixtureFeeds()) {
            problems.add(run.feedsFailed() + " feeds failed");
        }
        if (corpus.fixtureFeeds() == 0 ? run.entriesStored() != corpus.syntheticEntries()
                : run.entriesStored() < corpus.syntheticEntries()) {
            problems.add("stored " + run.entriesStored() + " entries of " + corpus.syntheticEntries() + " synthetic ones");
        }
        if (run.entriesIndexed() != run.entriesStored()) {
            problems.add("indexed " + run.entriesIndexed() + " of " + run.entriesStored() + " stored entries");
        }
        if (!problems.isEmpty()) {
            throw new BenchmarkException(pipeline.name() + " did not ingest the whole corpus: "
                    + String.join("; ", problems) + (run.failures().isEmpty() ? "" : "; first failures: " + run.failures()));
        }
    }

    private Path createRunDir() throws BenchmarkException {
        try {
            Files.createDirectories(settings.workDir());
            return Files.createTempDirectory(settings.workDir(), "newsdesk-ingest-");
        } catch (IOException e) {
            throw new BenchmarkException("cannot create a run folder in " + settings.workDir() + ": " + e.getMessage(), e);
        }
    }

    private void deleteRunDir(Path runDir) {
        try {
            DiskUsage.delete(runDir);
        } catch (IOException e) {
            progress.println("Could not delete " + runDir + " (" + e.getMessage() + "); delete it by hand");
        }
    }

    private void report(String label, RunResult result) {
        PipelineRun run = result.run();
        progress.printf(Locale.ROOT, "%-12s %-10s ingest %7.2f s (%6.0f entries/s)  index %6.2f s  load %.2f%n",
                label, result.pipeline(), run.ingest().wallSeconds(), run.ingest().perSecond(run.entriesStored()),
                run.index().wallSeconds(), result.loadAverage());
        progress.flush();
    }
}
