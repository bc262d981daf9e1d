/**
 * Full-text search over stored entries: an embedded Lucene index in the data folder
 * ({@code data/index}), always rebuildable from the database.
 *
 * <p>The server opens the index for writing with {@link io.newsdesk.search.SearchIndex#open}; a
 * second process (a CLI {@code search} while the server runs) gets {@link
 * io.newsdesk.search.IndexLockedException} and searches read-only through {@link
 * io.newsdesk.search.SearchIndexReader} instead. Both answer {@link
 * io.newsdesk.search.SearchQuery}s with {@link io.newsdesk.search.SearchResults}: entry ids to load
 * from the database, scores, and highlighted title and snippet HTML that is safe to show as is.
 *
 * <p>Indexing is driven by the database's bookkeeping, so that nothing is lost when the process
 * dies between the two stores:
 *
 * <ol>
 *   <li>read the entries still pending indexing, and turn each into a {@link
 *       io.newsdesk.search.SearchDocument} (HTML content as plain text);
 *   <li>{@link io.newsdesk.search.SearchIndex#upsert upsert} them, apply pending deletions, then
 *       {@link io.newsdesk.search.SearchIndex#commit commit};
 *   <li>only then mark them indexed in the database.
 * </ol>
 *
 * <p>A crash before the last step leaves the entries pending, and indexing them again on start
 * replaces their documents. Should the index be damaged or its schema change, deleting the
 * folder and marking every entry for indexing rebuilds it.
 */
package io.newsdesk.search;
