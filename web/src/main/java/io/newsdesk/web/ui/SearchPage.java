package io.newsdesk.web.ui;

import java.util.List;
import java.util.Objects;

/**
 * The search page: the query, how many entries match and one page of hits.
 *
 * @param layout the shared frame
 * @param query the query as typed, or {@code null} before the first search
 * @param results this page's hits, best first
 * @param paging where this page sits among all hits; its total is the number of matches
 */
public record SearchPage(Layout layout, String query, List<SearchResultRow> results, Paging paging) {

    public SearchPage {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(paging, "paging");
        results = List.copyOf(results);
        query = query == null ? null : query.strip();
    }

    /** The search form before anything was searched. */
    public static SearchPage blank(Layout layout, int limit) {
        return new SearchPage(layout, null, List.of(), new Paging(0, limit, 0));
    }

    /** Whether the reader searched for something, as opposed to opening the empty search page. */
    public boolean hasQuery() {
        return query != null && !query.isEmpty();
    }

    /** How many entries match the query. */
    public long total() {
        return paging.total();
    }

    /** The search's URL without an offset, for paging links. */
    public String baseHref() {
        return Hrefs.search(hasQuery() ? query : "");
    }
}
