package io.newsdesk.service.entries;

import io.newsdesk.domain.StoredEntry;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.Paging;
import io.newsdesk.service.search.SearchService;
import io.newsdesk.store.Database;
import io.newsdesk.store.EntryQuery;
import io.newsdesk.store.Page;
import io.newsdesk.store.ReadFilter;
import java.util.Collection;
import java.util.List;

/** Reading entries and changing their read and starred state, always on behalf of one user. */
public final class EntryService {

    /** The largest page a caller may ask for. */
    public static final int MAX_LIMIT = Paging.MAX_LIMIT;

    private final Database database;
    private final SearchService search;

    public EntryService(Database database, SearchService search) {
        this.database = database;
        this.search = search;
    }

    /**
     * Which entries to list.
     *
     * @param feedId only this feed, or {@code null} for all the user's feeds
     * @param status read state filter
     * @param starred only starred ({@code true}), only not starred ({@code false}), or either
     * @param query full-text filter, or {@code null}
     * @param limit page size, 1 to {@link #MAX_LIMIT}
     * @param offset entries to skip
     */
    public record Filter(Long feedId, ReadFilter status, Boolean starred, String query, int limit, int offset) {

        public static Filter unread(int limit) {
            return new Filter(null, ReadFilter.UNREAD, null, null, limit, 0);
        }
    }

    /**
     * The user's entries matching the filter, newest first, with the total number of matches. A
     * text filter considers the {@value SearchService#MAX_FILTER_MATCHES} best matches.
     *
     * @throws NewsdeskException INVALID for bad paging, NOT_FOUND for a feed the user does not have
     */
    public Page<StoredEntry> list(long userId, Filter filter) {
        Paging.check(filter.limit(), filter.offset());
        if (filter.feedId() != null && database.feeds().find(userId, filter.feedId()).isEmpty()) {
            throw NewsdeskException.notFound("no feed " + filter.feedId());
        }
        List<Long> ids = null;
        if (filter.query() != null && !filter.query().isBlank()) {
            ids = search.matchingIds(userId, filter.query(), filter.feedId());
            if (ids.isEmpty()) {
                return new Page<>(0, List.of());
            }
        }
        ReadFilter status = filter.status() == null ? ReadFilter.ALL : filter.status();
        return database.entries().list(userId,
                new EntryQuery(filter.feedId(), status, filter.starred(), ids, filter.limit(), filter.offset()));
    }

    /** One of the user's entries. */
    public StoredEntry get(long userId, long entryId) {
        return database.entries().find(userId, entryId)
                .orElseThrow(() -> NewsdeskException.notFound("no entry " + entryId));
    }

    /**
     * Changes the read and/or starred state of one entry; {@code null} leaves a state as it is.
     *
     * @return the entry after the change
     */
    public StoredEntry update(long userId, long entryId, Boolean read, Boolean starred) {
        get(userId, entryId);
        if (read != null) {
            database.entries().setRead(userId, List.of(entryId), read);
        }
        if (starred != null) {
            database.entries().setStarred(userId, entryId, starred);
        }
        return get(userId, entryId);
    }

    /** Marks several of the user's entries read or unread; ids that are not the user's are ignored. */
    public int setRead(long userId, Collection<Long> entryIds, boolean read) {
        return database.entries().setRead(userId, entryIds, read);
    }

    /** Marks all entries of one of the user's feeds read. */
    public int markFeedRead(long userId, long feedId) {
        if (database.feeds().find(userId, feedId).isEmpty()) {
            throw NewsdeskException.notFound("no feed " + feedId);
        }
        return database.entries().markFeedRead(userId, feedId);
    }
}
