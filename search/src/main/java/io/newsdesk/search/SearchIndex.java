package io.newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.Objects;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-text index of entries, opened for writing: one per data folder, guarded by Lucene's
 * write lock so a second process gets {@link IndexLockedException} and can fall back to {@link
 * SearchIndexReader}.
 *
 * <p>The index is a cache derived from the database. Changes become searchable as soon as the
 * writing method returns, but durable only after {@link #commit()} (or {@link #close()}), so the
 * caller marks entries as indexed in the database only after committing: a crash in between
 * leaves them pending, to be indexed again on the next start.
 *
 * <p>Thread-safe: writes may run concurrently with each other and with any number of searches.
 * I/O failures surface as {@link UncheckedIOException} naming the index folder.
 */
public final class SearchIndex implements FullTextSearch {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);

    private final Path location;
    private final Directory directory;
    private final IndexWriter writer;
    private final SearchEngine engine;

    private SearchIndex(Path location, Directory directory, IndexWriter writer, SearchEngine engine) {
        this.location = location;
        this.directory = directory;
        this.writer = writer;
        this.engine = engine;
    }

    /**
     * Opens the index in {@code dir} for writing, creating the folder and an empty index if there
     * is none.
     *
     * @throws IndexLockedException when another writer holds the index
     * @throws IOException when the folder cannot be created or the index cannot be read; the
     *     index can always be deleted and rebuilt from the database
     */
    public static SearchIndex open(Path dir) throws IndexLockedException, IOException {
        Analyzer analyzer = new NewsAnalyzer();
        Directory directory = null;
        IndexWriter writer = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer)
                    .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND));
            SearchEngine engine = new SearchEngine(new SearcherManager(writer, null), analyzer, dir);
            log.info("Opened search index at {} ({} entries)", dir, writer.getDocStats().numDocs);
            return new SearchIndex(dir, directory, writer, engine);
        } catch (LockObtainFailedException e) {
            closeQuietly(writer, directory, e);
            throw new IndexLockedException(dir, e);
        } catch (IOException e) {
            closeQuietly(writer, directory, e);
            throw IndexFailure.checked("open", dir, e);
        }
    }

    /**
     * Adds {@code documents}, replacing any indexed document with the same entry id; searchable
     * when this returns. Within one call, the last document for an id wins.
     */
    public void upsert(Collection<SearchDocument> documents) {
        Objects.requireNonNull(documents, "documents");
        if (documents.isEmpty()) {
            return;
        }
        try {
            for (SearchDocument document : documents) {
                writer.updateDocument(
                        IndexFields.entryIdTerm(document.entryId()), IndexFields.toDocument(document));
            }
        } catch (IOException e) {
            throw IndexFailure.unchecked("write to", location, e);
        }
        engine.refresh(true);
    }

    /** Removes the entries with these ids; ids that are not indexed are ignored. */
    public void delete(Collection<Long> entryIds) {
        Objects.requireNonNull(entryIds, "entryIds");
        if (entryIds.isEmpty()) {
            return;
        }
        Term[] terms = entryIds.stream().map(IndexFields::entryIdTerm).toArray(Term[]::new);
        try {
            writer.deleteDocuments(terms);
        } catch (IOException e) {
            throw IndexFailure.unchecked("delete from", location, e);
        }
        engine.refresh(true);
    }

    /** Removes every entry of feed {@code feedId}. */
    public void deleteFeed(long feedId) {
        try {
            writer.deleteDocuments(LongField.newExactQuery(IndexFields.FEED_ID, feedId));
        } catch (IOException e) {
            throw IndexFailure.unchecked("delete from", location, e);
        }
        engine.refresh(true);
    }

    /** Removes everything, before a rebuild from the database. */
    public void deleteAll() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw IndexFailure.unchecked("clear", location, e);
        }
        engine.refresh(true);
    }

    /**
     * Makes every change so far durable. When this returns, a crash or power loss no longer loses
     * them, and {@link SearchIndexReader}s (other processes) can see them.
     */
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw IndexFailure.unchecked("commit", location, e);
        }
    }

    @Override
    public SearchResults search(SearchQuery query) {
        return engine.search(Objects.requireNonNull(query, "query"));
    }

    @Override
    public long count() {
        return engine.count();
    }

    /** Commits pending changes and releases the index and its write lock. */
    @Override
    public void close() {
        try (directory; writer; engine) {
            log.debug("Closing search index at {}", location);
        } catch (IOException e) {
            throw IndexFailure.unchecked("close", location, e);
        }
    }

    private static void closeQuietly(IndexWriter writer, Directory directory, IOException failure) {
        try (directory; writer) {
            // Only closing: the failure being reported is the one that matters.
        } catch (IOException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
