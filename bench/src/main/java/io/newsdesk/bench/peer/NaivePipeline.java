package io.newsdesk.bench.peer;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.bench.ingest.IngestPipeline;
import io.newsdesk.bench.ingest.Phase;
import io.newsdesk.bench.ingest.PhaseTimer;
import io.newsdesk.bench.ingest.PipelineRun;
import io.newsdesk.bench.ingest.RunContext;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The peer Newsdesk is measured against: the same work done with plain parts and nothing else. The
 * JDK's HttpClient fetches with a fixed number of threads (as many as Newsdesk fetches at once, but
 * without a per-host limit), ROME or Jackson parses, JDBC batch-inserts into one plain table, and a
 * plain Lucene IndexWriter indexes the table afterwards.
 */
public final class NaivePipeline implements IngestPipeline {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final int concurrency;

    /**
     * @param concurrency how many feeds are fetched at once
     */
    public NaivePipeline(int concurrency) {
        if (concurrency < 1) {
            throw new IllegalArgumentException("concurrency must be at least 1");
        }
        this.concurrency = concurrency;
    }

    @Override
    public String name() {
        return "naive peer";
    }

    @Override
    public PipelineRun run(RunContext context) throws BenchmarkException {
        try (Connection connection = context.database().connect();
                HttpClient http = HttpClient.newBuilder()
                        .version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(CONNECT_TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NORMAL)
                        .build()) {
            NaiveTable table = NaiveTable.create(connection, context.database().dialect());

            PhaseTimer ingestTimer = PhaseTimer.start();
            List<FeedOutcome> outcomes = ingestAll(http, table, context.feeds());
            Phase ingest = ingestTimer.stop();

            PhaseTimer indexTimer = PhaseTimer.start();
            long indexed = NaiveIndexer.index(connection, context.indexDir());
            Phase index = indexTimer.stop();

            List<String> failures = outcomes.stream()
                    .filter(outcome -> outcome.failure() != null)
                    .map(FeedOutcome::failure)
                    .toList();
            return new PipelineRun(
                    outcomes.size() - failures.size(),
                    failures.size(),
                    outcomes.stream().mapToLong(FeedOutcome::stored).sum(),
                    indexed,
                    ingest,
                    index,
                    failures);
        } catch (SQLException | IOException e) {
            throw new BenchmarkException("the naive peer failed: " + e.getMessage(), e);
        }
    }

    private List<FeedOutcome> ingestAll(HttpClient http, NaiveTable table, List<URI> feeds) throws BenchmarkException {
        try (ExecutorService workers = Executors.newFixedThreadPool(concurrency)) {
            List<Future<FeedOutcome>> pending = new ArrayList<>(feeds.size());
            for (URI feed : feeds) {
                pending.add(workers.submit(() -> ingestOne(http, table, feed)));
            }
            List<FeedOutcome> outcomes = new ArrayList<>(feeds.size());
            for (Future<FeedOutcome> outcome : pending) {
                outcomes.add(outcome.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchmarkException("interrupted", e);
        } catch (ExecutionException e) {
            throw new BenchmarkException("the naive peer failed: " + e.getCause(), e.getCause());
        }
    }

    private static FeedOutcome ingestOne(HttpClient http, NaiveTable table, URI feed) throws InterruptedException {
        try {
            HttpResponse<byte[]> response = http.send(
                    HttpRequest.newBuilder(feed).timeout(REQUEST_TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                return FeedOutcome.failed(feed + ": HTTP " + response.statusCode());
            }
            NaiveFeed parsed = NaiveFeedReader.read(
                    response.body(), response.headers().firstValue("Content-Type").orElse(null));
            table.insert(feed.toString(), parsed);
            return new FeedOutcome(parsed.entries().size(), null);
        } catch (IOException | NaiveFeedException | SQLException e) {
            return FeedOutcome.failed(feed + ": " + e.getMessage());
        }
    }

    /** What became of one feed: entries stored, or why none were. */
    private record FeedOutcome(long stored, String failure) {

        static FeedOutcome failed(String failure) {
            return new FeedOutcome(0, failure);
        }
    }
}
