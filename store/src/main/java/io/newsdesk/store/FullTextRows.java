package io.newsdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rows of {@code entry_full_texts} and the full-text columns of {@code feeds}: reading them, and
 * queueing pages inside the caller's transaction (so that an entry stored for a feed whose pages
 * are fetched is queued in the same commit, and a crash cannot lose it).
 */
final class FullTextRows {

    private static final Logger log = LoggerFactory.getLogger(FullTextRows.class);

    static final String SELECT = """
            SELECT entry_id, status, page_url, final_url, html, text, byline, lead_image, published_at, site_name,
                   fetched_at, attempted_at, http_status, error_code, error, attempts, next_attempt_at
            FROM entry_full_texts
            """;

    /** The full-text columns of {@code feeds}, for a query that selects from {@code feeds f}. */
    static final String SETTING_COLUMNS =
            "f.full_text, f.full_text_auto, f.full_text_auto_reason, f.full_text_decided_at";

    private static final String QUEUE = """
            INSERT INTO entry_full_texts (entry_id, status, page_url, attempts, next_attempt_at, created_at)
            VALUES (:entry_id, 'pending', :url, 0, :now, :now)
            ON CONFLICT (entry_id) DO NOTHING""";

    private FullTextRows() {}

    /**
     * Queues the pages of entries just stored in a feed, if the feed's pages are fetched. Entries
     * without a web link are left out; entries queued already are left as they are.
     *
     * @param pages entry id → the entry's link
     */
    static void queueNewEntries(Handle handle, long feedId, Map<Long, String> pages, Instant now) {
        if (pages.values().stream().anyMatch(FullTextRepository::isWebPage) && fetches(handle, feedId)) {
            queue(handle, pages, now);
        }
    }

    /** Queues the pages (entry id → link) that are fetchable and not queued yet. */
    static int queue(Handle handle, Map<Long, String> pages, Instant now) {
        PreparedBatch batch = handle.prepareBatch(QUEUE);
        pages.forEach((entryId, url) -> {
            if (FullTextRepository.isWebPage(url)) {
                batch.bind("entry_id", entryId).bind("url", url.strip()).bind("now", now.toEpochMilli()).add();
            }
        });
        if (batch.size() == 0) {
            return 0;
        }
        int queued = 0;
        for (int count : batch.execute()) {
            queued += Math.max(count, 0);
        }
        return queued;
    }

    private static boolean fetches(Handle handle, long feedId) {
        return handle.createQuery("SELECT " + SETTING_COLUMNS + " FROM feeds f WHERE f.id = :id")
                .bind("id", feedId)
                .map((rs, ctx) -> setting(rs, feedId))
                .findOne()
                .map(FullTextSetting::fetches)
                .orElse(false);
    }

    /** Reads the columns of {@link #SETTING_COLUMNS}. */
    static FullTextSetting setting(ResultSet rs, long feedId) throws SQLException {
        boolean decision = rs.getBoolean("full_text_auto");
        boolean undecided = rs.wasNull();
        return new FullTextSetting(
                mode(rs.getString("full_text"), feedId),
                undecided ? null : decision,
                rs.getString("full_text_auto_reason"),
                Columns.instant(rs, "full_text_decided_at"));
    }

    /** Reads a row of {@link #SELECT}. */
    static FullText fullText(ResultSet rs) throws SQLException {
        long entryId = rs.getLong("entry_id");
        return new FullText(
                entryId,
                status(rs.getString("status"), entryId),
                rs.getString("page_url"),
                rs.getString("final_url"),
                rs.getString("html"),
                rs.getString("text"),
                JsonColumns.readStrings(rs.getString("byline"), "full-text byline", entryId),
                rs.getString("lead_image"),
                Columns.instant(rs, "published_at"),
                rs.getString("site_name"),
                Columns.instant(rs, "fetched_at"),
                Columns.instant(rs, "attempted_at"),
                Columns.nullableInt(rs, "http_status"),
                rs.getString("error_code"),
                rs.getString("error"),
                rs.getInt("attempts"),
                Columns.instant(rs, "next_attempt_at"));
    }

    private static FullTextMode mode(String code, long feedId) {
        try {
            return FullTextMode.fromCode(code);
        } catch (IllegalArgumentException e) {
            log.warn("Feed {} has an unknown full-text mode '{}'; taking it as auto", feedId, code);
            return FullTextMode.AUTO;
        }
    }

    private static FullTextStatus status(String code, long entryId) {
        try {
            return FullTextStatus.fromCode(code);
        } catch (IllegalArgumentException e) {
            log.warn("Entry {} has an unknown full-text status '{}'; taking it as failed", entryId, code);
            return FullTextStatus.FAILED;
        }
    }
}
