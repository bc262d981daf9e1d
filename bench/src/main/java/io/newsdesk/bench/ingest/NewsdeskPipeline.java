package io.newsdesk.bench.ingest;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.parse.opml.Opml;
import io.newsdesk.parse.opml.OpmlFeed;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.NewsdeskConfig;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.feeds.OpmlImportResult;
import io.newsdesk.service.feeds.RefreshOutcome;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;

/**
 * Newsdesk's real pipeline, as a user meets it: a fresh data folder, an OPML import of every feed
 * (which fetches, parses, sanitizes, de-duplicates and stores them, a few at a time and at most
 * two per host), then the search index brought up to date from the database.
 */
public final class NewsdeskPipeline implements IngestPipeline {

    @Override
    public String name() {
        return "Newsdesk";
    }

    @Override
    public PipelineRun run(RunContext context) throws BenchmarkException {
        NewsdeskConfig config = NewsdeskConfig.defaults(context.dataDir())
                .withDatabaseUrl(context.database().location())
                .withAllowPrivateNetworks(true);
        byte[] opml = opml(context.feeds());
        try (Newsdesk newsdesk = Newsdesk.open(config)) {
            PhaseTimer ingestTimer = PhaseTimer.start();
            OpmlImportResult imported = newsdesk.feeds().importOpml(Newsdesk.OWNER, opml, ProgressListener.NONE);
            Phase ingest = ingestTimer.stop();

            PhaseTimer indexTimer = PhaseTimer.start();
            long indexed = newsdesk.syncIndex(ProgressListener.NONE);
            Phase index = indexTimer.stop();
            if (indexed < 0) {
                throw new BenchmarkException("another process holds the search index in " + context.indexDir());
            }
            return new PipelineRun(
                    (int) (imported.checks().size() - imported.failedChecks()),
                    (int) imported.failedChecks() + imported.rejected().size(),
                    imported.checks().stream().mapToLong(RefreshOutcome::inserted).sum(),
                    indexed,
                    ingest,
                    index,
                    failures(imported));
        } catch (NewsdeskException e) {
            throw new BenchmarkException("Newsdesk failed: " + e.getMessage(), e);
        }
    }

    /** The subscription list a user would import: every feed, no folders. */
    static byte[] opml(List<URI> feeds) {
        List<OpmlFeed> outlines = feeds.stream()
                .map(url -> new OpmlFeed(url.toString(), null, null, null))
                .toList();
        return Opml.write("Ingest benchmark", outlines).getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> failures(OpmlImportResult imported) {
        List<String> rejected = imported.rejected().stream()
                .map(outline -> outline.url() + ": " + outline.reason())
                .toList();
        List<String> failed = imported.checks().stream()
                .filter(RefreshOutcome::failed)
                .map(check -> check.url() + ": " + check.error())
                .toList();
        return Stream.concat(rejected.stream(), failed.stream()).toList();
    }
}
