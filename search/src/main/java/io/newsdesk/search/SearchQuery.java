package io.newsdesk.search;

import java.util.Objects;
import java.util.Set;

/**
 * One search request.
 *
 * <p>The text uses a forgiving syntax: plain words (all must match, anywhere in the entry),
 * {@code "quoted phrases"}, {@code -excluded} words or phrases, {@code prefix*}, {@code a | b}
 * for alternatives and parentheses for grouping; a lone {@code *} matches every entry. Text that
 * is not valid syntax never fails: it is searched as plain words. Text without any searchable
 * word matches nothing.
 *
 * @param text what the user typed; {@code null} is treated as empty
 * @param feedIds restrict results to these feeds; {@code null} means no restriction, an empty set
 *     means nothing matches (a user without subscriptions)
 * @param limit how many hits to return, {@code 0} to {@value #MAX_LIMIT} ({@code 0} only counts)
 * @param offset how many hits to skip, for paging; {@code offset + limit} may not exceed {@value
 *     #MAX_WINDOW}
 * @param order how hits are ordered
 */
public record SearchQuery(String text, Set<Long> feedIds, int limit, int offset, SearchOrder order) {

    /** The most hits one request may return. */
    public static final int MAX_LIMIT = 1_000;

    /**
     * How deep paging may go: collecting hits costs memory proportional to {@code offset + limit},
     * so deeper pages are refused rather than allowed to exhaust the heap.
     */
    public static final int MAX_WINDOW = 10_000;

    /** How many hits {@link #of(String)} asks for. */
    public static final int DEFAULT_LIMIT = 20;

    /**
     * Validates the request.
     *
     * @throws IllegalArgumentException when {@code limit} or {@code offset} is out of range
     * @throws NullPointerException when {@code order} or a feed id is {@code null}
     */
    public SearchQuery {
        text = text == null ? "" : text;
        feedIds = feedIds == null ? null : Set.copyOf(feedIds);
        Objects.requireNonNull(order, "order");
        if (limit < 0 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException(
                    "limit must be between 0 and " + MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative, was " + offset);
        }
        if ((long) offset + limit > MAX_WINDOW) {
            throw new IllegalArgumentException("cannot page beyond the first " + MAX_WINDOW
                    + " hits (offset " + offset + " + limit " + limit + "); refine the search");
        }
    }

    /** A request ordered by relevance. */
    public SearchQuery(String text, Set<Long> feedIds, int limit, int offset) {
        this(text, feedIds, limit, offset, SearchOrder.RELEVANCE);
    }

    /** The first {@value #DEFAULT_LIMIT} hits for {@code text} in all feeds, by relevance. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, DEFAULT_LIMIT, 0);
    }

    /** This request restricted to {@code feedIds} ({@code null} lifts the restriction). */
    public SearchQuery inFeeds(Set<Long> feedIds) {
        return new SearchQuery(text, feedIds, limit, offset, order);
    }

    /** This request for another page. */
    public SearchQuery page(int limit, int offset) {
        return new SearchQuery(text, feedIds, limit, offset, order);
    }

    /** This request in another order. */
    public SearchQuery orderedBy(SearchOrder order) {
        return new SearchQuery(text, feedIds, limit, offset, order);
    }
}
