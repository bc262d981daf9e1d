package io.newsdesk.search;

/**
 * Searching the full-text index, whether this process writes it ({@link SearchIndex}) or only
 * reads it ({@link SearchIndexReader}). Implementations are safe for concurrent use.
 *
 * <p>Failures of the index itself (unreadable files, a full disk) surface as {@link
 * java.io.UncheckedIOException} naming the index folder; the index is derived from the database,
 * so the remedy is to delete the folder and let it be rebuilt. Using an instance after {@link
 * #close()} throws {@link IllegalStateException}.
 */
public interface FullTextSearch extends AutoCloseable {

    /** Runs {@code query}. Never fails on what the user typed. */
    SearchResults search(SearchQuery query);

    /** How many entries are indexed (as far as this instance can see). */
    long count();

    /** Releases the index files. */
    @Override
    void close();
}
