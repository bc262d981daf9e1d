package io.newsdesk.store;

import io.newsdesk.domain.StoredEntry;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reads and writes that reader apps' sync protocols need on top of the other repositories:
 * entries of a feed, a category or all feeds in any order and from any position, their ids alone,
 * marking a whole scope read up to a point in time, starring many entries at once. Every method
 * acts for one user and sees only the feeds that user subscribes to.
 *
 * @see Database#reader()
 */
public final class ReaderRepository {

    /** The user's entries, their subscriptions, states and categories, for counting and listing ids. */
    private static final String FROM_VISIBLE = """
            FROM entries e
            JOIN subscriptions s ON s.feed_id = e.feed_id AND s.user_id = :user_id
            LEFT JOIN entry_states st ON st.entry_id = e.id AND st.user_id = :user_id
            LEFT JOIN categories c ON c.id = s.category_id
            """;

    private final DatabaseAccess access;
    private final EntryStates states;

    ReaderRepository(DatabaseAccess access) {
        this.access = access;
        this.states = new EntryStates(access);
    }

    /** The page of the user's entries that the selection describes, in its order. */
    public List<StoredEntry> list(long userId, EntrySelection selection) {
        if (matchesNothing(selection)) {
            return List.of();
        }
        SelectionSql sql = SelectionSql.of(selection);
        return access.read("list entries", handle -> sql.bind(handle.createQuery(
                        EntryRepository.SELECT_VISIBLE + "LEFT JOIN categories c ON c.id = s.category_id\n"
                                + sql.where() + sql.orderBy() + "LIMIT :limit OFFSET :offset"))
                .bind("user_id", userId)
                .bind("limit", selection.limit())
                .bind("offset", selection.offset())
                .map((rs, ctx) -> EntryRepository.storedEntry(rs))
                .list());
    }

    /** The ids of the page of the user's entries that the selection describes, in its order. */
    public List<Long> ids(long userId, EntrySelection selection) {
        if (matchesNothing(selection)) {
            return List.of();
        }
        SelectionSql sql = SelectionSql.of(selection);
        return access.read("list entry ids", handle -> sql.bind(handle.createQuery(
                        "SELECT e.id " + FROM_VISIBLE + sql.where() + sql.orderBy() + "LIMIT :limit OFFSET :offset"))
                .bind("user_id", userId)
                .bind("limit", selection.limit())
                .bind("offset", selection.offset())
                .mapTo(Long.class)
                .list());
    }

    /** How many of the user's entries match the selection, on all pages. */
    public long count(long userId, EntrySelection selection) {
        if (matchesNothing(selection)) {
            return 0;
        }
        SelectionSql sql = SelectionSql.of(selection);
        return access.read("count entries", handle -> sql.bind(handle.createQuery(
                        "SELECT COUNT(*) " + FROM_VISIBLE + sql.where()))
                .bind("user_id", userId)
                .mapTo(Long.class)
                .one());
    }

    /**
     * Marks read the user's entries in {@code scope} that were first stored at or before {@code
     * storedUntil}: what a reader app means by "mark all as read" once it has seen the entries up
     * to that moment, so that entries arriving meanwhile stay unread.
     *
     * @param storedUntil the latest first-stored time to mark, or {@code null} for all
     * @return how many entries changed state
     */
    public int markRead(long userId, FeedScope scope, Instant storedUntil) {
        String selection = SelectionSql.scopeCondition(scope)
                + (storedUntil == null ? "" : " AND e.created_at <= :stored_until");
        return states.markRead(userId, selection, update -> {
            SelectionSql.bindScope(update, scope);
            return storedUntil == null ? update : update.bind("stored_until", storedUntil.toEpochMilli());
        });
    }

    /**
     * Stars or unstars several of the user's entries; ids of entries the user cannot see are ignored.
     *
     * @return how many entries changed state
     */
    public int setStarred(long userId, Collection<Long> entryIds, boolean starred) {
        return states.setStarred(userId, entryIds, starred);
    }

    /** When each of the user's feeds last received a new entry; feeds without entries are absent. */
    public Map<Long, Instant> newestEntryTimes(long userId) {
        return access.read("read the newest entry times", handle -> {
            Map<Long, Instant> newest = new HashMap<>();
            handle.createQuery("""
                            SELECT e.feed_id, MAX(e.created_at) AS newest
                            FROM entries e
                            JOIN subscriptions s ON s.feed_id = e.feed_id AND s.user_id = :user_id
                            GROUP BY e.feed_id""")
                    .bind("user_id", userId)
                    .map((rs, ctx) -> Map.entry(rs.getLong("feed_id"), Instant.ofEpochMilli(rs.getLong("newest"))))
                    .forEach(time -> newest.put(time.getKey(), time.getValue()));
            return newest;
        });
    }

    /** The user's own title and category for a feed they subscribe to; empty when they do not. */
    public Optional<SubscriptionSettings> subscription(long userId, long feedId) {
        return access.read("read subscription to feed " + feedId, handle -> handle.createQuery("""
                        SELECT s.title, c.title AS category
                        FROM subscriptions s
                        LEFT JOIN categories c ON c.id = s.category_id
                        WHERE s.user_id = :user_id AND s.feed_id = :feed_id""")
                .bind("user_id", userId)
                .bind("feed_id", feedId)
                .map((rs, ctx) -> new SubscriptionSettings(rs.getString("title"), rs.getString("category")))
                .findOne());
    }

    private static boolean matchesNothing(EntrySelection selection) {
        return selection.ids() != null && selection.ids().isEmpty();
    }
}
