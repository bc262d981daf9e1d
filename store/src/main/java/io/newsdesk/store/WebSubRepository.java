package io.newsdesk.store;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jdbi.v3.core.statement.Update;

/**
 * WebSub subscriptions: which hub pushes which feed, with the secret that authenticates its
 * deliveries, where each stands with its hub and when the subscriber acts on it next.
 *
 * <p>A feed has at most one current subscription. Removing the feed keeps its subscription with
 * no feed, so that the hub can still be told to stop; {@link #due} returns such subscriptions at
 * once.
 *
 * @see Database#websub()
 */
public final class WebSubRepository {

    private final DatabaseAccess access;

    WebSubRepository(DatabaseAccess access) {
        this.access = access;
    }

    /**
     * Feeds to examine for a hub: remote, enabled, subscribed by someone, without a current
     * subscription, and not examined since {@code examinedBefore}; those never examined first.
     */
    public List<WebSubCandidate> awaitingDiscovery(Instant examinedBefore, int limit) {
        return access.read("list feeds to examine for a WebSub hub", handle -> handle.createQuery("""
                        SELECT f.id, f.url
                        FROM feeds f
                        LEFT JOIN websub_discovery d ON d.feed_id = f.id
                        WHERE f.kind = 'remote' AND NOT f.disabled
                          AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.feed_id = f.id)
                          AND NOT EXISTS (SELECT 1 FROM websub_subscriptions w
                                          WHERE w.feed_id = f.id AND w.state <> 'unsubscribing')
                          AND (d.checked_at IS NULL OR d.checked_at < :before)
                        ORDER BY COALESCE(d.checked_at, 0), f.id
                        LIMIT :limit""")
                .bind("before", examinedBefore.toEpochMilli())
                .bind("limit", limit)
                .map((rs, ctx) -> new WebSubCandidate(rs.getLong("id"), rs.getString("url")))
                .list());
    }

    /** Records that the feed was examined for a hub. Nothing happens when the feed is gone. */
    public void recordDiscovery(long feedId, Instant at) {
        access.write("record the hub discovery of feed " + feedId, handle -> {
            if (!FeedRows.exists(handle, feedId)) {
                return 0;
            }
            return handle.createUpdate("""
                            INSERT INTO websub_discovery (feed_id, checked_at) VALUES (:feed_id, :at)
                            ON CONFLICT (feed_id) DO UPDATE SET checked_at = excluded.checked_at""")
                    .bind("feed_id", feedId)
                    .bind("at", at.toEpochMilli())
                    .execute();
        });
    }

    /**
     * Creates a pending subscription for the feed, due for its subscription request at once.
     *
     * @throws StoreException when the feed has a current subscription already or does not exist
     */
    public WebSubSubscription create(long feedId, String hubUrl, String topicUrl, String callbackId, String secret) {
        Objects.requireNonNull(hubUrl, "hubUrl");
        Objects.requireNonNull(topicUrl, "topicUrl");
        Objects.requireNonNull(callbackId, "callbackId");
        Objects.requireNonNull(secret, "secret");
        return access.write("subscribe feed " + feedId + " at its WebSub hub", handle -> {
            long now = access.now().toEpochMilli();
            handle.createUpdate("""
                            INSERT INTO websub_subscriptions (feed_id, hub_url, topic_url, callback_id, secret, state,
                                                              next_action_at, created_at, updated_at)
                            VALUES (:feed_id, :hub_url, :topic_url, :callback_id, :secret, 'pending', :now, :now, :now)""")
                    .bind("feed_id", feedId)
                    .bind("hub_url", hubUrl)
                    .bind("topic_url", topicUrl)
                    .bind("callback_id", callbackId)
                    .bind("secret", secret)
                    .bind("now", now)
                    .execute();
            return handle.createQuery(WebSubRows.SELECT + "WHERE w.callback_id = :callback_id")
                    .bind("callback_id", callbackId)
                    .map((rs, ctx) -> WebSubRows.subscription(rs))
                    .one();
        });
    }

    /** The subscription whose callback URL ends in {@code callbackId}. */
    public Optional<WebSubSubscription> findByCallback(String callbackId) {
        return access.read("look up a WebSub callback", handle -> handle.createQuery(
                        WebSubRows.SELECT + "WHERE w.callback_id = :callback_id")
                .bind("callback_id", callbackId)
                .map((rs, ctx) -> WebSubRows.subscription(rs))
                .findOne());
    }

    /**
     * Subscriptions the subscriber has to act on: those scheduled at or before {@code now}, and
     * those whose feed was removed and that are not being ended yet; the longest overdue first.
     */
    public List<WebSubSubscription> due(Instant now, int limit) {
        return access.read("list WebSub subscriptions to act on", handle -> handle.createQuery(WebSubRows.SELECT + """
                        WHERE w.next_action_at <= :now OR (w.feed_id IS NULL AND w.state <> 'unsubscribing')
                        ORDER BY COALESCE(w.next_action_at, 0), w.id
                        LIMIT :limit""")
                .bind("now", now.toEpochMilli())
                .bind("limit", limit)
                .map((rs, ctx) -> WebSubRows.subscription(rs))
                .list());
    }

    /**
     * The feed as a delivery stores it: its URL and the validators and interval of its last
     * check, which a delivery keeps.
     */
    public Optional<DueFeed> deliveryTarget(long feedId) {
        return access.read("read feed " + feedId + " for a WebSub delivery", handle -> handle.createQuery("""
                        SELECT id, url, etag, last_modified, check_interval_seconds, error_count
                        FROM feeds WHERE id = :id""")
                .bind("id", feedId)
                .map((rs, ctx) -> new DueFeed(
                        rs.getLong("id"),
                        rs.getString("url"),
                        rs.getString("etag"),
                        rs.getString("last_modified"),
                        Columns.seconds(rs, "check_interval_seconds"),
                        rs.getInt("error_count")))
                .findOne());
    }

    /**
     * Records that a request is about to be sent to the hub: the hub may confirm it before its
     * answer to the request arrives.
     */
    public void recordRequest(long id, Instant at) {
        update(id, "record a WebSub request", """
                UPDATE websub_subscriptions
                SET requested_at = :at, attempts = attempts + 1, updated_at = :updated_at
                WHERE id = :id""", update -> update.bind("at", at.toEpochMilli()));
    }

    /**
     * Records how the request sent at {@code requestedAt} went and when to act next, unless the
     * hub confirmed it meanwhile (its confirmation schedules the next action itself).
     *
     * @param error what went wrong, or {@code null} when the hub accepted the request
     */
    public void recordRequestOutcome(long id, Instant requestedAt, String error, Instant nextActionAt) {
        update(id, "record the outcome of a WebSub request", """
                UPDATE websub_subscriptions
                SET last_error = :error, next_action_at = :next, updated_at = :updated_at
                WHERE id = :id AND requested_at = :requested_at
                  AND (verified_at IS NULL OR verified_at < :requested_at)""", update -> update
                .bind("error", error)
                .bind("next", nextActionAt.toEpochMilli())
                .bind("requested_at", requestedAt.toEpochMilli()));
    }

    /**
     * Records the hub's confirmation of a subscription: active for {@code lease} from {@code now},
     * renewed at {@code renewAt}. Only a subscription that is still wanted (its feed exists, it is
     * not denied or being ended) is activated.
     *
     * @return whether it was activated
     */
    public boolean activate(long id, Duration lease, Instant now, Instant renewAt) {
        return update(id, "activate a WebSub subscription", """
                UPDATE websub_subscriptions
                SET state = 'active', lease_seconds = :lease, lease_expires_at = :expires, verified_at = :now,
                    next_action_at = :renew_at, attempts = 0, last_error = NULL, updated_at = :updated_at
                WHERE id = :id AND feed_id IS NOT NULL AND state IN ('pending', 'active', 'expired')""", update -> update
                .bind("lease", lease.toSeconds())
                .bind("expires", now.plus(lease).toEpochMilli())
                .bind("now", now.toEpochMilli())
                .bind("renew_at", renewAt.toEpochMilli())) > 0;
    }

    /** Marks an active subscription whose lease ran out without a confirmed renewal. */
    public void expire(long id) {
        update(id, "expire a WebSub subscription", """
                UPDATE websub_subscriptions SET state = 'expired', updated_at = :updated_at
                WHERE id = :id AND state = 'active'""", update -> update);
    }

    /**
     * Records that the hub refused the subscription; nothing more is done with it. A subscription
     * being ended is left to end.
     *
     * @return whether it was marked denied
     */
    public boolean deny(long id, String reason) {
        return update(id, "record a WebSub denial", """
                UPDATE websub_subscriptions
                SET state = 'denied', last_error = :reason, next_action_at = NULL, updated_at = :updated_at
                WHERE id = :id AND state <> 'unsubscribing'""", update -> update.bind("reason", reason)) > 0;
    }

    /** Starts ending the subscription: the hub is told to stop at once. */
    public void startUnsubscribing(long id) {
        update(id, "end a WebSub subscription", """
                UPDATE websub_subscriptions
                SET state = 'unsubscribing', attempts = 0, last_error = NULL, next_action_at = :updated_at,
                    updated_at = :updated_at
                WHERE id = :id""", update -> update);
    }

    /** Forgets the subscription; its callback URL answers 404 from now on. */
    public void delete(long id) {
        access.write("delete WebSub subscription " + id, handle -> handle.createUpdate(
                        "DELETE FROM websub_subscriptions WHERE id = :id")
                .bind("id", id)
                .execute());
    }

    /** Records a delivery that was stored, clearing the last problem. */
    public void recordDelivery(long id, Instant at) {
        update(id, "record a WebSub delivery", """
                UPDATE websub_subscriptions
                SET last_delivery_at = :at, last_error = NULL, updated_at = :updated_at
                WHERE id = :id""", update -> update.bind("at", at.toEpochMilli()));
    }

    /** Records a problem that changes nothing else, such as a delivery that was ignored. */
    public void recordProblem(long id, String problem) {
        update(id, "record a WebSub problem", """
                UPDATE websub_subscriptions SET last_error = :problem, updated_at = :updated_at WHERE id = :id""",
                update -> update.bind("problem", problem));
    }

    /**
     * Puts the next poll of every feed with an active, unexpired subscription at least {@code
     * interval} after its last check: the hub pushes its news, so polling is only a safety net.
     *
     * @return how many feeds were rescheduled
     */
    public int deferPolling(Instant now, Duration interval) {
        return access.write("slow down polling of pushed feeds", handle -> handle.createUpdate("""
                        UPDATE feeds
                        SET next_check_at = COALESCE(last_checked_at, :now) + :interval
                        WHERE next_check_at < COALESCE(last_checked_at, :now) + :interval
                          AND id IN (SELECT w.feed_id FROM websub_subscriptions w
                                     WHERE w.state = 'active' AND w.lease_expires_at > :now
                                       AND w.feed_id IS NOT NULL)""")
                .bind("now", now.toEpochMilli())
                .bind("interval", interval.toMillis())
                .execute());
    }

    private int update(long id, String action, String sql, UnaryOperator<Update> binder) {
        return access.write(action + " (" + id + ")", handle -> binder.apply(handle.createUpdate(sql))
                .bind("id", id)
                .bind("updated_at", access.now().toEpochMilli())
                .execute());
    }
}
