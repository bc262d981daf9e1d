package io.newsdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/** Reads WebSub subscriptions; see {@link WebSubRepository}. */
final class WebSubRows {

    /** Subscriptions with the URL of their feed; conditions name the subscription's columns {@code w.…}. */
    static final String SELECT = """
            SELECT w.id, w.feed_id, f.url AS feed_url, w.hub_url, w.topic_url, w.callback_id, w.secret, w.state,
                   w.lease_seconds, w.lease_expires_at, w.requested_at, w.verified_at, w.next_action_at, w.attempts,
                   w.last_error, w.last_delivery_at
            FROM websub_subscriptions w
            LEFT JOIN feeds f ON f.id = w.feed_id
            """;

    private WebSubRows() {}

    static WebSubSubscription subscription(ResultSet rs) throws SQLException {
        return new WebSubSubscription(
                rs.getLong("id"),
                Columns.nullableLong(rs, "feed_id"),
                rs.getString("feed_url"),
                rs.getString("hub_url"),
                rs.getString("topic_url"),
                rs.getString("callback_id"),
                rs.getString("secret"),
                WebSubState.fromCode(rs.getString("state")),
                Columns.seconds(rs, "lease_seconds"),
                Columns.instant(rs, "lease_expires_at"),
                Columns.instant(rs, "requested_at"),
                Columns.instant(rs, "verified_at"),
                Columns.instant(rs, "next_action_at"),
                rs.getInt("attempts"),
                rs.getString("last_error"),
                Columns.instant(rs, "last_delivery_at"));
    }

    /** The current subscription of each of the user's feeds that has one, by feed id. */
    static Map<Long, WebSubStatus> statusesForUser(Handle handle, long userId) {
        Map<Long, WebSubStatus> statuses = new HashMap<>();
        handle.createQuery("""
                        SELECT w.feed_id, w.state, w.hub_url, w.topic_url, w.lease_expires_at, w.last_delivery_at,
                               w.last_error
                        FROM websub_subscriptions w
                        JOIN subscriptions s ON s.feed_id = w.feed_id AND s.user_id = :user_id
                        WHERE w.state <> 'unsubscribing'""")
                .bind("user_id", userId)
                .map((rs, ctx) -> Map.entry(rs.getLong("feed_id"), new WebSubStatus(
                        WebSubState.fromCode(rs.getString("state")),
                        rs.getString("hub_url"),
                        rs.getString("topic_url"),
                        Columns.instant(rs, "lease_expires_at"),
                        Columns.instant(rs, "last_delivery_at"),
                        rs.getString("last_error"))))
                .forEach(status -> statuses.put(status.getKey(), status.getValue()));
        return statuses;
    }
}
