package io.newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Which of a user's entries to read, in which order, and which page of them: what reader apps ask
 * for (a feed or a folder, unread or starred, since an id or a time, newest or oldest first). Made
 * with {@link #builder()}; every criterion is optional.
 *
 * @param scope the feeds whose entries count
 * @param status by read state
 * @param starred only starred ({@code true}) or only unstarred ({@code false}) entries, or {@code
 *     null} for both
 * @param ids only these entries, or {@code null} for no such restriction; an empty list matches
 *     nothing
 * @param afterId only entries with a larger id, or {@code null}
 * @param beforeId only entries with a smaller id, or {@code null}
 * @param publishedAfter only entries published (as far as known, see {@link EntryOrder#PUBLISHED})
 *     strictly after this time, or {@code null}
 * @param publishedBefore only entries published strictly before this time, or {@code null}
 * @param changedAfter only entries whose content changed strictly after this time, or {@code null}
 * @param changedBefore only entries whose content changed strictly before this time, or {@code null}
 * @param storedAfter only entries first stored at or after this time, or {@code null}
 * @param storedBefore only entries first stored at or before this time, or {@code null}
 * @param order the sort key
 * @param descending whether the largest key comes first
 * @param after a cursor: only entries that come after the entry with this id in this order, or
 *     {@code null}; needs an order on an entry column ({@link EntryOrder#isEntryColumn()}). When
 *     that entry no longer exists, nothing comes after it.
 * @param limit the page size, at least 1
 * @param offset how many matching entries to skip, at least 0
 */
public record EntrySelection(
        FeedScope scope,
        ReadFilter status,
        Boolean starred,
        List<Long> ids,
        Long afterId,
        Long beforeId,
        Instant publishedAfter,
        Instant publishedBefore,
        Instant changedAfter,
        Instant changedBefore,
        Instant storedAfter,
        Instant storedBefore,
        EntryOrder order,
        boolean descending,
        Long after,
        int limit,
        int offset) {

    /**
     * @throws IllegalArgumentException when the page is not positive or the offset negative, or a
     *     cursor is combined with an order on something other than an entry column
     */
    public EntrySelection {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(order, "order");
        status = status == null ? ReadFilter.ALL : status;
        ids = ids == null ? null : List.copyOf(ids);
        if (limit < 1 || offset < 0) {
            throw new IllegalArgumentException(
                    "limit must be positive and offset not negative: " + limit + ", " + offset);
        }
        if (after != null && !order.isEntryColumn()) {
            throw new IllegalArgumentException("a cursor needs an order on an entry column, not " + order);
        }
    }

    /** A selection of everything, newest first (by publication), 50 at a time; change what you need. */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds an {@link EntrySelection}. */
    public static final class Builder {
        private FeedScope scope = FeedScope.all();
        private ReadFilter status = ReadFilter.ALL;
        private Boolean starred;
        private List<Long> ids;
        private Long afterId;
        private Long beforeId;
        private Instant publishedAfter;
        private Instant publishedBefore;
        private Instant changedAfter;
        private Instant changedBefore;
        private Instant storedAfter;
        private Instant storedBefore;
        private EntryOrder order = EntryOrder.PUBLISHED;
        private boolean descending = true;
        private Long after;
        private int limit = 50;
        private int offset;

        private Builder() {}

        public Builder scope(FeedScope scope) {
            this.scope = scope;
            return this;
        }

        public Builder status(ReadFilter status) {
            this.status = status;
            return this;
        }

        public Builder starred(Boolean starred) {
            this.starred = starred;
            return this;
        }

        public Builder ids(List<Long> ids) {
            this.ids = ids;
            return this;
        }

        public Builder afterId(Long afterId) {
            this.afterId = afterId;
            return this;
        }

        public Builder beforeId(Long beforeId) {
            this.beforeId = beforeId;
            return this;
        }

        public Builder publishedAfter(Instant publishedAfter) {
            this.publishedAfter = publishedAfter;
            return this;
        }

        public Builder publishedBefore(Instant publishedBefore) {
            this.publishedBefore = publishedBefore;
            return this;
        }

        public Builder changedAfter(Instant changedAfter) {
            this.changedAfter = changedAfter;
            return this;
        }

        public Builder changedBefore(Instant changedBefore) {
            this.changedBefore = changedBefore;
            return this;
        }

        public Builder storedAfter(Instant storedAfter) {
            this.storedAfter = storedAfter;
            return this;
        }

        public Builder storedBefore(Instant storedBefore) {
            this.storedBefore = storedBefore;
            return this;
        }

        public Builder order(EntryOrder order, boolean descending) {
            this.order = order;
            this.descending = descending;
            return this;
        }

        public Builder after(Long entryId) {
            this.after = entryId;
            return this;
        }

        public Builder page(int limit, int offset) {
            this.limit = limit;
            this.offset = offset;
            return this;
        }

        public EntrySelection build() {
            return new EntrySelection(scope, status, starred, ids, afterId, beforeId, publishedAfter,
                    publishedBefore, changedAfter, changedBefore, storedAfter, storedBefore, order, descending,
                    after, limit, offset);
        }
    }
}
