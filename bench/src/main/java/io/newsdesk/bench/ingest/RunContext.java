package io.newsdesk.bench.ingest;

import io.newsdesk.bench.db.RunDatabase;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * Where one run of a pipeline works.
 *
 * @param feeds the feed URLs to subscribe to
 * @param database a fresh, empty database for this run
 * @param dataDir a fresh, empty folder for everything else
 */
public record RunContext(List<URI> feeds, RunDatabase database, Path dataDir) {

    public RunContext {
        feeds = List.copyOf(feeds);
    }

    /** Where the pipeline keeps its search index; its size is reported. */
    public Path indexDir() {
        return dataDir.resolve("index");
    }
}
