package io.newsdesk.web.ui;

/**
 * Where a page of results sits in the whole list, and where the previous and next pages start.
 *
 * @param offset how many items come before this page; a negative offset (from a hand-edited URL)
 *     is taken as 0
 * @param limit the most items a page holds, at least 1
 * @param total how many items the whole list has, at least 0
 */
public record Paging(long offset, int limit, long total) {

    /**
     * @throws IllegalArgumentException if {@code limit} is less than 1 or {@code total} negative
     */
    public Paging {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be at least 1, was " + limit);
        }
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative, was " + total);
        }
        offset = Math.max(0, offset);
    }

    /** Whether a page comes before this one. */
    public boolean hasPrevious() {
        return offset > 0;
    }

    /** Where the previous page starts; 0 when this page starts within the first page. */
    public long previousOffset() {
        return Math.max(0, Math.min(offset, total) - limit);
    }

    /** Whether items follow this page. */
    public boolean hasNext() {
        return offset + limit < total;
    }

    /** Where the next page starts. */
    public long nextOffset() {
        return offset + limit;
    }

    /** The 1-based position of this page's first item, or 0 when the page is empty. */
    public long firstItem() {
        return offset < total ? offset + 1 : 0;
    }

    /** The 1-based position of this page's last item, or 0 when the page is empty. */
    public long lastItem() {
        return offset < total ? Math.min(total, offset + limit) : 0;
    }

    /** {@code true} when there is more than one page, so paging controls are worth showing. */
    public boolean isPaged() {
        return hasPrevious() || hasNext();
    }

    /** {@code true} when the offset lies past the last item of a non-empty list. */
    public boolean isBeyondEnd() {
        return total > 0 && offset >= total;
    }
}
