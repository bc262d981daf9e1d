package io.newsdesk.store;

import java.util.Collection;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Update;

/**
 * A user's read and starred flags. Only entries of the user's own subscriptions are ever touched;
 * counts are of entries whose flag actually changed.
 */
final class EntryStates {

    private static final int IDS_PER_STATEMENT = 500;

    /** The two flags of {@code entry_states}; the column names are fixed here, never taken from input. */
    private enum Flag {
        READ("read"),
        STARRED("starred");

        final String column;

        Flag(String column) {
            this.column = column;
        }
    }

    // Raising a flag inserts the state row when there is none. The SELECT needs its WHERE clause:
    // without one SQLite cannot tell the upsert's ON CONFLICT from a join's ON.
    private static final String RAISE = """
            INSERT INTO entry_states (user_id, entry_id, read, starred, changed_at)
            SELECT :user_id, e.id, %s, %s, :now
            FROM entries e
            JOIN subscriptions s ON s.feed_id = e.feed_id AND s.user_id = :user_id
            WHERE %s
            ON CONFLICT (user_id, entry_id) DO UPDATE SET %s = TRUE, changed_at = excluded.changed_at
            WHERE NOT entry_states.%s""";

    // Lowering a flag has nothing to do where there is no row: no row means unread and unstarred.
    private static final String LOWER = """
            UPDATE entry_states SET %s = FALSE, changed_at = :now
            WHERE user_id = :user_id AND %s
              AND entry_id IN (SELECT e.id
                               FROM entries e
                               JOIN subscriptions s ON s.feed_id = e.feed_id AND s.user_id = :user_id
                               WHERE %s)""";

    private static final String BY_IDS = "e.id IN (<ids>)";
    private static final String BY_FEED = "e.feed_id = :feed_id";

    private final DatabaseAccess access;

    EntryStates(DatabaseAccess access) {
        this.access = access;
    }

    int setRead(long userId, Collection<Long> entryIds, boolean read) {
        return setEach(userId, entryIds, Flag.READ, read, "mark entries " + (read ? "read" : "unread"));
    }

    int setStarred(long userId, Collection<Long> entryIds, boolean starred) {
        return setEach(userId, entryIds, Flag.STARRED, starred, (starred ? "star" : "unstar") + " entries");
    }

    private int setEach(long userId, Collection<Long> entryIds, Flag flag, boolean value, String action) {
        int changed = 0;
        for (List<Long> chunk : Chunks.of(List.copyOf(entryIds), IDS_PER_STATEMENT)) {
            changed += access.write(action,
                    handle -> set(handle, userId, flag, value, BY_IDS, s -> s.bindList("ids", chunk)));
        }
        return changed;
    }

    boolean setStarred(long userId, long entryId, boolean starred) {
        return access.write("star entry " + entryId, handle -> {
            boolean visible = handle.createQuery("""
                            SELECT COUNT(*)
                            FROM entries e
                            JOIN subscriptions s ON s.feed_id = e.feed_id AND s.user_id = :user_id
                            WHERE e.id = :entry_id""")
                    .bind("user_id", userId)
                    .bind("entry_id", entryId)
                    .mapTo(Long.class)
                    .one() > 0;
            if (visible) {
                set(handle, userId, Flag.STARRED, starred, BY_IDS, s -> s.bindList("ids", List.of(entryId)));
            }
            return visible;
        });
    }

    int markFeedRead(long userId, long feedId) {
        return access.write("mark feed " + feedId + " read",
                handle -> set(handle, userId, Flag.READ, true, BY_FEED, s -> s.bind("feed_id", feedId)));
    }

    /**
     * Marks read the user's entries that {@code selection} picks: SQL over {@code e} (entries) and
     * {@code s} (the user's subscriptions) made of fixed fragments, whose values {@code bindSelection}
     * binds.
     */
    int markRead(long userId, String selection, UnaryOperator<Update> bindSelection) {
        return access.write("mark entries read",
                handle -> set(handle, userId, Flag.READ, true, selection, bindSelection));
    }

    private int set(Handle handle, long userId, Flag flag, boolean value, String selection,
            UnaryOperator<Update> bindSelection) {
        String sql = value
                ? RAISE.formatted(
                        flag == Flag.READ ? "TRUE" : "FALSE",
                        flag == Flag.STARRED ? "TRUE" : "FALSE",
                        selection,
                        flag.column,
                        flag.column)
                : LOWER.formatted(flag.column, flag.column, selection);
        return bindSelection.apply(handle.createUpdate(sql))
                .bind("user_id", userId)
                .bind("now", access.now().toEpochMilli())
                .execute();
    }
}
