package io.newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;

/**
 * Runs searches on the searchers of one {@link SearcherManager}: parses the user's text, applies
 * the feed restriction, collects one page in the requested order with an exact total, and
 * highlights it. Thread-safe; every search works on the searcher current when it started.
 */
final class SearchEngine implements AutoCloseable {

    /** Ties (equal scores, equal dates) go to the newer entry, so pages are stable. */
    private static final SortField NEWEST_ID_FIRST =
            new SortField(IndexFields.ENTRY_ID, SortField.Type.LONG, true);

    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, NEWEST_ID_FIRST);
    private static final Sort BY_NEWEST = new Sort(newestPublishedFirst(), NEWEST_ID_FIRST);

    private final SearcherManager searchers;
    private final Analyzer analyzer;
    private final UserQueryParser parser;
    private final Path location;

    /**
     * @param searchers the searchers to use; closed with this engine
     * @param analyzer the analyzer the index was written with
     * @param location the index folder, for messages
     */
    SearchEngine(SearcherManager searchers, Analyzer analyzer, Path location) {
        this.searchers = searchers;
        this.analyzer = analyzer;
        this.parser = new UserQueryParser(analyzer);
        this.location = location;
    }

    SearchResults search(SearchQuery query) {
        if (query.feedIds() != null && query.feedIds().isEmpty()) {
            return SearchResults.empty();
        }
        Optional<Query> text = parser.parse(query.text());
        if (text.isEmpty()) {
            return SearchResults.empty();
        }
        IndexSearcher searcher = acquire();
        try {
            return search(searcher, text.get(), query);
        } catch (IOException e) {
            throw failure("search", e);
        } finally {
            release(searcher);
        }
    }

    long count() {
        IndexSearcher searcher = acquire();
        try {
            return searcher.getIndexReader().numDocs();
        } finally {
            release(searcher);
        }
    }

    /**
     * Makes the next searches see the latest changes.
     *
     * @param wait whether to wait for a refresh another thread is already running, so that
     *     changes made before this call are visible once it returns
     */
    void refresh(boolean wait) {
        try {
            if (wait) {
                searchers.maybeRefreshBlocking();
            } else {
                searchers.maybeRefresh();
            }
        } catch (IOException e) {
            throw failure("refresh the searcher of", e);
        }
    }

    @Override
    public void close() {
        try {
            searchers.close();
        } catch (IOException e) {
            throw failure("close", e);
        }
    }

    private UncheckedIOException failure(String action, IOException cause) {
        return IndexFailure.unchecked(action, location, cause);
    }

    private SearchResults search(IndexSearcher searcher, Query text, SearchQuery query)
            throws IOException {
        Query restricted = restrictToFeeds(text, query.feedIds());
        int window = query.offset() + query.limit();
        TopFieldDocs top = searcher.search(restricted, new TopFieldCollectorManager(
                sortFor(query.order()), Math.max(window, 1), null, Integer.MAX_VALUE));
        // At least one hit is collected even for a count-only query, so the page is cut to size.
        int end = Math.min(window, top.scoreDocs.length);
        ScoreDoc[] page = Arrays.copyOfRange(top.scoreDocs, Math.min(query.offset(), end), end);
        // Collection keeps scores only as sort values, so the page's scores are computed again.
        TopFieldCollector.populateScores(page, searcher, restricted);
        int[] docIds = Arrays.stream(page).mapToInt(hit -> hit.doc).toArray();
        List<ResultHighlighter.Highlights> highlights =
                new ResultHighlighter(searcher, analyzer).highlight(text, docIds);
        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            ResultHighlighter.Highlights highlight = highlights.get(i);
            hits.add(new SearchHit(
                    entryId(page[i]), page[i].score, highlight.titleHtml(), highlight.snippetHtml()));
        }
        return new SearchResults(top.totalHits.value(), hits);
    }

    private static Query restrictToFeeds(Query text, Set<Long> feedIds) {
        if (feedIds == null) {
            return text;
        }
        long[] ids = feedIds.stream().mapToLong(Long::longValue).toArray();
        return new BooleanQuery.Builder()
                .add(text, BooleanClause.Occur.MUST)
                .add(LongField.newSetQuery(IndexFields.FEED_ID, ids), BooleanClause.Occur.FILTER)
                .build();
    }

    private static Sort sortFor(SearchOrder order) {
        return switch (order) {
            case RELEVANCE -> BY_RELEVANCE;
            case NEWEST -> BY_NEWEST;
        };
    }

    /** Both sorts end with the entry id, so each hit carries its id as its last sort value. */
    private static long entryId(ScoreDoc hit) {
        Object[] sortValues = ((FieldDoc) hit).fields;
        return (Long) sortValues[sortValues.length - 1];
    }

    private static SortField newestPublishedFirst() {
        SortField published = new SortField(IndexFields.PUBLISHED, SortField.Type.LONG, true);
        published.setMissingValue(Long.MIN_VALUE);
        return published;
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw failure("open a searcher on", e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw failure("release a searcher of", e);
        }
    }
}
