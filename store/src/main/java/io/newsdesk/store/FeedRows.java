package io.newsdesk.store;

import io.newsdesk.domain.Feed;
import io.newsdesk.domain.FeedFormat;
import io.newsdesk.domain.PollState;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Reads a {@link Feed} as one subscriber sees it. */
final class FeedRows {

    private static final Logger log = LoggerFactory.getLogger(FeedRows.class);

    /**
     * A subscription with its feed and category; the title is the subscriber's, else the feed's,
     * else its URL (a feed that was never fetched has no title yet).
     */
    static final String SELECT_SUBSCRIBED = """
            SELECT f.id, f.url, f.kind, COALESCE(s.title, f.title, f.url) AS display_title, f.site_url,
                   f.description, f.format, f.last_checked_at, f.next_check_at, f.check_interval_seconds,
                   f.error_count, f.last_error, f.last_status, f.etag, f.last_modified, f.disabled,
                   s.created_at AS subscribed_at, c.title AS category, %s
            FROM subscriptions s
            JOIN feeds f ON f.id = s.feed_id
            LEFT JOIN categories c ON c.id = s.category_id
            """.formatted(FullTextRows.SETTING_COLUMNS);

    private FeedRows() {}

    static boolean exists(Handle handle, long feedId) {
        return handle.createQuery("SELECT COUNT(*) FROM feeds WHERE id = :id")
                .bind("id", feedId)
                .mapTo(Long.class)
                .one() > 0;
    }

    static Feed feed(ResultSet rs) throws SQLException {
        PollState poll = new PollState(
                Columns.instant(rs, "last_checked_at"),
                Columns.instant(rs, "next_check_at"),
                Columns.seconds(rs, "check_interval_seconds"),
                rs.getInt("error_count"),
                rs.getString("last_error"),
                Columns.nullableInt(rs, "last_status"),
                rs.getString("etag"),
                rs.getString("last_modified"),
                rs.getBoolean("disabled"));
        long id = rs.getLong("id");
        return new Feed(
                id,
                rs.getString("url"),
                rs.getString("display_title"),
                rs.getString("site_url"),
                rs.getString("description"),
                rs.getString("category"),
                format(rs.getString("format"), id),
                "local".equals(rs.getString("kind")),
                poll,
                Columns.instant(rs, "subscribed_at"));
    }

    private static FeedFormat format(String code, long feedId) {
        if (code == null) {
            return null;
        }
        try {
            return FeedFormat.fromCode(code);
        } catch (IllegalArgumentException e) {
            log.warn("Feed {} has an unknown format '{}'; showing none", feedId, code);
            return null;
        }
    }
}
