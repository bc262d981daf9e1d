package io.newsdesk.store;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.StoredEntry;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * Entries: storing what a feed delivered, reading them back for one user, that user's read and
 * starred state, and the search index's to-do list.
 *
 * <p>Every per-user method sees only entries of feeds the user subscribes to.
 *
 * @see Database#entries()
 */
public final class EntryRepository {

    // The feed title is the user's own, else the feed's, else its URL (a feed not fetched yet).
    static final String SELECT_VISIBLE = """
            SELECT e.id, e.feed_id, %s, e.created_at, e.changed_at,
                   COALESCE(s.title, f.title, f.url) AS feed_title,
                   COALESCE(st.read, FALSE) AS is_read,
                   COALESCE(st.starred, FALSE) AS is_starred
            FROM entries e
            JOIN subscriptions s ON s.feed_id = e.feed_id AND s.user_id = :user_id
            JOIN feeds f ON f.id = e.feed_id
            LEFT JOIN entry_states st ON st.entry_id = e.id AND st.user_id = :user_id
            """.formatted(EntryRows.columns("e."));

    private static final String COUNT_VISIBLE = """
            SELECT COUNT(*)
            FROM entries e
            JOIN subscriptions s ON s.feed_id = e.feed_id AND s.user_id = :user_id
            LEFT JOIN entry_states st ON st.entry_id = e.id AND st.user_id = :user_id
            """;

    private final DatabaseAccess access;
    private final EntryWriter writer;
    private final EntryStates states;
    private final SearchBookkeeping bookkeeping;

    EntryRepository(DatabaseAccess access) {
        this.access = access;
        this.writer = new EntryWriter(access);
        this.states = new EntryStates(access);
        this.bookkeeping = new SearchBookkeeping(access);
    }

    /**
     * Stores a feed's entries. An entry is the same as a stored one of that feed when its guid
     * matches, else (without a guid) its link, else (without either) its title and text. A stored
     * entry whose content differs in any field is updated in place and its revision raised; one that
     * is the same is not written at all. New entries sort by their published time, but never later
     * than {@code now}.
     *
     * @param now when the entries were received: the first-stored time of new entries
     * @throws StoreException when the feed does not exist or the database fails; entries of earlier
     *     transactions of a large batch stay stored
     */
    public UpsertResult upsert(long feedId, List<Entry> entries, Instant now) {
        return writer.upsert(feedId, entries, now);
    }

    /** The entry, if it belongs to a feed the user subscribes to. */
    public Optional<StoredEntry> find(long userId, long entryId) {
        return access.read("read entry " + entryId, handle -> handle.createQuery(SELECT_VISIBLE + "WHERE e.id = :id")
                .bind("user_id", userId)
                .bind("id", entryId)
                .map((rs, ctx) -> storedEntry(rs))
                .findOne());
    }

    /** A page of the user's entries that match the query, newest first (by sort time, then id). */
    public Page<StoredEntry> list(long userId, EntryQuery query) {
        if (query.ids() != null && query.ids().isEmpty()) {
            return new Page<>(0, List.of());
        }
        Conditions conditions = Conditions.of(query);
        return access.read("list entries", handle -> {
            long total = conditions.bind(handle.createQuery(COUNT_VISIBLE + conditions.where()))
                    .bind("user_id", userId)
                    .mapTo(Long.class)
                    .one();
            List<StoredEntry> items = conditions.bind(handle.createQuery(SELECT_VISIBLE + conditions.where() + """
                            ORDER BY e.sort_at DESC, e.id DESC
                            LIMIT :limit OFFSET :offset"""))
                    .bind("user_id", userId)
                    .bind("limit", query.limit())
                    .bind("offset", query.offset())
                    .map((rs, ctx) -> storedEntry(rs))
                    .list();
            return new Page<>(total, items);
        });
    }

    /**
     * Marks entries read or unread for the user. Ids of entries the user cannot see are ignored.
     *
     * @return how many entries changed state
     */
    public int setRead(long userId, Collection<Long> entryIds, boolean read) {
        return states.setRead(userId, entryIds, read);
    }

    /**
     * Stars or unstars an entry for the user.
     *
     * @return {@code false} when the entry does not exist or belongs to a feed the user does not
     *     subscribe to (nothing changed); {@code true} when it now has the requested state
     */
    public boolean setStarred(long userId, long entryId, boolean starred) {
        return states.setStarred(userId, entryId, starred);
    }

    /**
     * Marks all entries of a feed read for the user; nothing when the user does not subscribe to it.
     *
     * @return how many entries changed state
     */
    public int markFeedRead(long userId, long feedId) {
        return states.markFeedRead(userId, feedId);
    }

    /** Up to {@code limit} entries whose current revision the search index has not confirmed, oldest first. */
    public List<IndexableEntry> pendingIndex(int limit) {
        return bookkeeping.pending(limit);
    }

    /**
     * Records that the index holds these revisions (entry id → revision from {@link
     * IndexableEntry#revision()}). An entry that changed since stays pending.
     */
    public void markIndexed(Map<Long, Long> revisionsById) {
        bookkeeping.markIndexed(revisionsById);
    }

    /** How many entries the search index has yet to (re)index. */
    public long countPendingIndex() {
        return bookkeeping.countPending();
    }

    /** Makes every entry pending again, for a rebuild of the search index. */
    public void markAllForReindex() {
        bookkeeping.markAllPending();
    }

    static StoredEntry storedEntry(ResultSet rs) throws SQLException {
        return new StoredEntry(
                rs.getLong("id"),
                rs.getLong("feed_id"),
                rs.getString("feed_title"),
                EntryRows.readContent(rs),
                rs.getBoolean("is_read"),
                rs.getBoolean("is_starred"),
                Columns.instant(rs, "created_at"),
                Columns.instant(rs, "changed_at"));
    }

    /** The WHERE clause of a listing; its SQL is made of fixed fragments, the values are bound. */
    private record Conditions(String where, List<Consumer<SqlStatement<?>>> binders) {

        static Conditions of(EntryQuery query) {
            List<String> clauses = new ArrayList<>();
            List<Consumer<SqlStatement<?>>> binders = new ArrayList<>();
            if (query.feedId() != null) {
                clauses.add("e.feed_id = :feed_id");
                binders.add(s -> s.bind("feed_id", query.feedId()));
            }
            switch (query.status()) {
                case UNREAD -> clauses.add("NOT COALESCE(st.read, FALSE)");
                case READ -> clauses.add("COALESCE(st.read, FALSE)");
                case ALL -> { }
            }
            if (query.starred() != null) {
                clauses.add(query.starred() ? "COALESCE(st.starred, FALSE)" : "NOT COALESCE(st.starred, FALSE)");
            }
            if (query.ids() != null) {
                clauses.add("e.id IN (<ids>)");
                binders.add(s -> s.bindList("ids", query.ids()));
            }
            String where = clauses.isEmpty() ? "" : "WHERE " + String.join(" AND ", clauses) + "\n";
            return new Conditions(where, binders);
        }

        <S extends SqlStatement<S>> S bind(S statement) {
            binders.forEach(binder -> binder.accept(statement));
            return statement;
        }
    }
}
