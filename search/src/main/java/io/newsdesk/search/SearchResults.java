package io.newsdesk.search;

import java.util.List;

/**
 * One page of search results.
 *
 * @param total how many entries match in all (exact, for "1–20 of 340")
 * @param hits this page's hits, in the requested order
 */
public record SearchResults(long total, List<SearchHit> hits) {

    private static final SearchResults EMPTY = new SearchResults(0, List.of());

    public SearchResults {
        hits = List.copyOf(hits);
    }

    /** No matches. */
    public static SearchResults empty() {
        return EMPTY;
    }
}
