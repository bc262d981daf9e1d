package io.newsdesk.store;

import java.util.Collection;
import java.util.List;

/**
 * Deletions the search index has yet to apply. The index may live in another process when a feed
 * is deleted, so deletions wait here until the index has applied them.
 *
 * @see Database#tombstones()
 */
public final class TombstoneRepository {

    private final DatabaseAccess access;

    TombstoneRepository(DatabaseAccess access) {
        this.access = access;
    }

    /** Up to {@code limit} deletions, oldest first. */
    public List<Tombstone> pending(int limit) {
        return access.read("list deletions to index", handle -> handle.createQuery("""
                        SELECT id, entry_id, feed_id, created_at
                        FROM search_tombstones
                        ORDER BY id
                        LIMIT :limit""")
                .bind("limit", limit)
                .map((rs, ctx) -> new Tombstone(
                        rs.getLong("id"),
                        Columns.nullableLong(rs, "entry_id"),
                        Columns.nullableLong(rs, "feed_id"),
                        Columns.instant(rs, "created_at")))
                .list());
    }

    /** Forgets deletions the index has applied. */
    public void remove(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        access.write("forget applied deletions", handle -> handle.createUpdate(
                        "DELETE FROM search_tombstones WHERE id IN (<ids>)")
                .bindList("ids", List.copyOf(ids))
                .execute());
    }
}
