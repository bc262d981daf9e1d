package io.newsdesk.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Which entries the search index still has to (re)index. An entry is pending while its revision
 * differs from the revision the index last confirmed; the index confirms only the revision it
 * read, so an entry that changed in between stays pending.
 */
final class SearchBookkeeping {

    private static final int ROWS_PER_TRANSACTION = 1000;

    private final DatabaseAccess access;

    SearchBookkeeping(DatabaseAccess access) {
        this.access = access;
    }

    List<IndexableEntry> pending(int limit) {
        return access.read("list entries to index", handle -> handle.createQuery("""
                        SELECT e.id, e.feed_id, e.revision, e.title, e.dek, e.summary, e.content, e.source_name,
                               f.title AS feed_title, e.published_at, t.text AS full_text
                        FROM entries e
                        JOIN feeds f ON f.id = e.feed_id
                        LEFT JOIN entry_full_texts t ON t.entry_id = e.id AND t.status = 'fetched'
                        WHERE e.revision <> e.indexed_revision
                        ORDER BY e.id
                        LIMIT :limit""")
                .bind("limit", limit)
                .map((rs, ctx) -> new IndexableEntry(
                        rs.getLong("id"),
                        rs.getLong("feed_id"),
                        rs.getLong("revision"),
                        rs.getString("title"),
                        rs.getString("dek"),
                        rs.getString("summary"),
                        rs.getString("content"),
                        rs.getString("source_name"),
                        rs.getString("feed_title"),
                        Columns.instant(rs, "published_at"),
                        rs.getString("full_text")))
                .list());
    }

    void markIndexed(Map<Long, Long> revisionsById) {
        List<Map.Entry<Long, Long>> revisions = new ArrayList<>(revisionsById.entrySet());
        for (List<Map.Entry<Long, Long>> chunk : Chunks.of(revisions, ROWS_PER_TRANSACTION)) {
            access.write("record indexed entries", handle -> {
                PreparedBatch batch = handle.prepareBatch("""
                        UPDATE entries SET indexed_revision = :revision
                        WHERE id = :id AND revision = :revision""");
                for (Map.Entry<Long, Long> revision : chunk) {
                    batch.bind("id", revision.getKey()).bind("revision", revision.getValue()).add();
                }
                return batch.execute();
            });
        }
    }

    long countPending() {
        return access.read("count entries to index", handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM entries WHERE revision <> indexed_revision")
                .mapTo(Long.class)
                .one());
    }

    void markAllPending() {
        // In slices, so that a large database never holds the write lock for the whole rewrite.
        int marked;
        do {
            marked = access.write("mark all entries for re-indexing", handle -> handle.createUpdate("""
                            UPDATE entries SET indexed_revision = 0
                            WHERE id IN (SELECT id FROM entries
                                         WHERE indexed_revision <> 0
                                         ORDER BY id
                                         LIMIT :slice)""")
                    .bind("slice", ROWS_PER_TRANSACTION)
                    .execute());
        } while (marked > 0);
    }
}
