package io.newsdesk.store;

import java.util.List;

/**
 * Which of a user's entries to list. Pages come newest first; a caller that lists search hits by
 * {@code ids} puts them back into its own order.
 *
 * @param feedId only this feed's entries, or {@code null} for all subscribed feeds
 * @param status by read state; {@code null} means {@link ReadFilter#ALL}
 * @param starred only starred ({@code true}) or only unstarred ({@code false}) entries, or
 *     {@code null} for both
 * @param ids only these entries (to load a page of search hits), or {@code null} for no such
 *     restriction; an empty list matches nothing
 * @param limit the page size, at least 0
 * @param offset how many matching entries to skip, at least 0
 */
public record EntryQuery(Long feedId, ReadFilter status, Boolean starred, List<Long> ids, int limit, int offset) {

    /** @throws IllegalArgumentException when the limit or offset is negative */
    public EntryQuery {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must not be negative: " + limit + ", " + offset);
        }
        status = status == null ? ReadFilter.ALL : status;
        ids = ids == null ? null : List.copyOf(ids);
    }

    /** The first {@code limit} entries of all subscribed feeds, read or not. */
    public static EntryQuery latest(int limit) {
        return new EntryQuery(null, ReadFilter.ALL, null, null, limit, 0);
    }
}
