package io.newsdesk.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The full-text index opened read-only, for searching while another process (normally the
 * server) holds the writer. It takes no lock and never changes the folder.
 *
 * <p>Sees the writer's last commit, and picks up newer commits at the next search. A folder
 * without an index (not created yet, or deleted for a rebuild) is searched as an empty index
 * until one appears. Thread-safe.
 */
public final class SearchIndexReader implements FullTextSearch {

    /** The index files and the engine searching them, opened together once an index exists. */
    private record Opened(Directory directory, SearchEngine engine) implements Closeable {

        @Override
        public void close() throws IOException {
            try (directory; engine) {
                // The engine closes first, then the files it searched.
            }
        }
    }

    private final Path location;
    private final Analyzer analyzer = new NewsAnalyzer();
    private volatile Opened opened;
    private boolean closed;

    private SearchIndexReader(Path location) {
        this.location = location;
    }

    /**
     * Opens the index in {@code dir} for searching.
     *
     * @throws IOException when an index is there but cannot be read; the index can always be
     *     deleted and rebuilt from the database
     */
    public static SearchIndexReader open(Path dir) throws IOException {
        SearchIndexReader reader = new SearchIndexReader(Objects.requireNonNull(dir, "dir"));
        try {
            reader.openIfPresent();
        } catch (IOException e) {
            throw IndexFailure.checked("read", dir, e);
        }
        return reader;
    }

    @Override
    public SearchResults search(SearchQuery query) {
        Objects.requireNonNull(query, "query");
        SearchEngine engine = latestEngine();
        return engine == null ? SearchResults.empty() : engine.search(query);
    }

    @Override
    public long count() {
        SearchEngine engine = latestEngine();
        return engine == null ? 0 : engine.count();
    }

    @Override
    public synchronized void close() {
        closed = true;
        Opened current = opened;
        opened = null;
        if (current != null) {
            try {
                current.close();
            } catch (IOException e) {
                throw IndexFailure.unchecked("close", location, e);
            }
        }
    }

    /** The engine refreshed to the latest commit, or {@code null} while there is no index. */
    private SearchEngine latestEngine() {
        Opened current;
        try {
            current = openIfPresent();
        } catch (IOException e) {
            throw IndexFailure.unchecked("read", location, e);
        }
        if (current == null) {
            return null;
        }
        current.engine().refresh(false);
        return current.engine();
    }

    private Opened openIfPresent() throws IOException {
        Opened current = opened;
        if (current != null) {
            return current;
        }
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("the search index reader for " + location
                        + " is closed");
            }
            if (opened == null && Files.isDirectory(location)) {
                opened = openExisting();
            }
            return opened;
        }
    }

    /** Opens the index in the folder, or returns {@code null} when it holds none. */
    private Opened openExisting() throws IOException {
        Directory directory = FSDirectory.open(location);
        try {
            if (!DirectoryReader.indexExists(directory)) {
                directory.close();
                return null;
            }
            SearcherManager searchers = new SearcherManager(directory, null);
            return new Opened(directory, new SearchEngine(searchers, analyzer, location));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }
}
