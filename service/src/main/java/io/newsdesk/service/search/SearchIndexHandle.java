package io.newsdesk.service.search;

import io.newsdesk.search.IndexLockedException;
import io.newsdesk.search.SearchIndex;
import io.newsdesk.search.SearchIndexReader;
import io.newsdesk.search.SearchQuery;
import io.newsdesk.search.SearchResults;
import io.newsdesk.service.NewsdeskException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The search index of a data folder as this process can use it. Only one process can write the
 * index; it is whichever opened it first (usually the server). Other processes (a CLI command next
 * to a running server) search the last committed state read-only and leave indexing to the owner,
 * which catches up from the database. A process without the writer takes it over as soon as the
 * owner lets go.
 */
public final class SearchIndexHandle implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexHandle.class);

    private final Path dir;
    private SearchIndex writer;
    private boolean closed;

    /**
     * Opens the index in {@code dir}, for writing if no other process holds it.
     *
     * @throws NewsdeskException INTERNAL when the index cannot be opened at all
     */
    public SearchIndexHandle(Path dir) {
        this.dir = dir;
        tryAcquireWriter();
    }

    /** The writer, if this process owns the index (trying to take it over if it does not yet). */
    public synchronized Optional<SearchIndex> writer() {
        if (writer == null && !closed) {
            tryAcquireWriter();
        }
        return Optional.ofNullable(writer);
    }

    private void tryAcquireWriter() {
        try {
            writer = SearchIndex.open(dir);
        } catch (IndexLockedException e) {
            log.debug("Search index at {} is held by another process; searching read-only", dir);
        } catch (IOException e) {
            // The search module's message names the folder and says how to recover.
            throw new NewsdeskException(NewsdeskException.Kind.INTERNAL, e.getMessage(), e);
        }
    }

    /** Searches with the writer's near-real-time view, or read-only at the last commit. */
    public SearchResults search(SearchQuery query) {
        try {
            Optional<SearchIndex> owned = writer();
            if (owned.isPresent()) {
                return owned.get().search(query);
            }
            try (SearchIndexReader reader = SearchIndexReader.open(dir)) {
                return reader.search(query);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new NewsdeskException(NewsdeskException.Kind.INTERNAL, "search failed: " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (writer != null) {
            try {
                writer.close();
            } catch (UncheckedIOException e) {
                log.warn("Closing the search index failed", e);
            }
            writer = null;
        }
    }
}
