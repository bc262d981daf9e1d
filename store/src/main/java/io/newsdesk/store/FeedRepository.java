package io.newsdesk.store;

import io.newsdesk.domain.Feed;
import io.newsdesk.domain.PollState;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds and subscriptions. A feed is stored and fetched once, however many users subscribe to it;
 * what a user calls it and where they file it belong to their subscription.
 *
 * @see Database#feeds()
 */
public final class FeedRepository {

    /** A feed fetched over the network and polled. */
    public static final String REMOTE = "remote";
    /** A feed that holds imported entries and is never polled. */
    public static final String LOCAL = "local";

    private static final Logger log = LoggerFactory.getLogger(FeedRepository.class);

    private static final Comparator<FeedSummary> BY_CATEGORY_THEN_TITLE = Comparator
            .comparing((FeedSummary s) -> s.feed().category(), TitleOrder.TITLES)
            .thenComparing(s -> s.feed().title(), TitleOrder.TITLES)
            .thenComparingLong(s -> s.feed().id());

    private final DatabaseAccess access;
    private final Subscriptions subscriptions;

    FeedRepository(DatabaseAccess access) {
        this.access = access;
        this.subscriptions = new Subscriptions(access);
    }

    /**
     * The feed with this URL, created if there is none. Safe when several processes add the same
     * URL at once: all get the same id. A new feed is due for a check at once.
     *
     * @param kind {@link #REMOTE} or {@link #LOCAL}; an existing feed keeps its kind
     * @throws IllegalArgumentException when the URL is blank or the kind unknown
     */
    public long findOrCreate(String url, String kind) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("a feed needs a URL");
        }
        if (!REMOTE.equals(kind) && !LOCAL.equals(kind)) {
            throw new IllegalArgumentException("feed kind must be 'remote' or 'local', not '" + kind + "'");
        }
        return access.write("add feed " + url, handle -> {
            handle.createUpdate("""
                            INSERT INTO feeds (url, kind, created_at) VALUES (:url, :kind, :now)
                            ON CONFLICT (url) DO NOTHING""")
                    .bind("url", url)
                    .bind("kind", kind)
                    .bind("now", access.now().toEpochMilli())
                    .execute();
            return idByUrl(handle, url).orElseThrow();
        });
    }

    /** The id of the feed with exactly this URL. */
    public Optional<Long> idByUrl(String url) {
        return access.read("look up feed " + url, handle -> idByUrl(handle, url));
    }

    /**
     * Subscribes the user to the feed, or updates the subscription: title and category are set to
     * the given values either way.
     *
     * @param titleOverride the user's title for the feed, or {@code null} (or blank) for the feed's own
     * @param categoryTitle the category to file it under, created when the user has none of that
     *     name; {@code null} (or blank) for none
     * @throws StoreException when the feed does not exist
     */
    public void subscribe(long userId, long feedId, String titleOverride, String categoryTitle) {
        subscriptions.subscribe(userId, feedId, blankToNull(titleOverride), blankToNull(categoryTitle));
    }

    /**
     * Ends the user's subscription and forgets their read and starred state of its entries. When no
     * subscriber is left, the feed and its entries are deleted and a tombstone tells the search index
     * to drop them.
     *
     * @return whether the user was subscribed
     */
    public boolean unsubscribe(long userId, long feedId) {
        return subscriptions.unsubscribe(userId, feedId);
    }

    /** The feed as the user sees it; empty when the user does not subscribe to it. */
    public Optional<Feed> find(long userId, long feedId) {
        return access.read("read feed " + feedId, handle -> handle.createQuery(
                        FeedRows.SELECT_SUBSCRIBED + "WHERE s.user_id = :user_id AND s.feed_id = :feed_id")
                .bind("user_id", userId)
                .bind("feed_id", feedId)
                .map((rs, ctx) -> FeedRows.feed(rs))
                .findOne());
    }

    /**
     * The user's feeds with their unread and total counts, their WebSub status and their full-text
     * setting, by category (uncategorized last), then title.
     */
    public List<FeedSummary> list(long userId) {
        return access.read("list feeds", handle -> {
            Map<Long, Counts> counts = new HashMap<>();
            handle.createQuery("""
                            SELECT e.feed_id, COUNT(*) AS total, SUM(CASE WHEN st.read THEN 0 ELSE 1 END) AS unread
                            FROM entries e
                            JOIN subscriptions s ON s.feed_id = e.feed_id AND s.user_id = :user_id
                            LEFT JOIN entry_states st ON st.entry_id = e.id AND st.user_id = :user_id
                            GROUP BY e.feed_id""")
                    .bind("user_id", userId)
                    .map((rs, ctx) -> Map.entry(
                            rs.getLong("feed_id"), new Counts(rs.getInt("unread"), rs.getInt("total"))))
                    .forEach(count -> counts.put(count.getKey(), count.getValue()));
            Map<Long, WebSubStatus> websub = WebSubRows.statusesForUser(handle, userId);
            return handle.createQuery(FeedRows.SELECT_SUBSCRIBED + "WHERE s.user_id = :user_id")
                    .bind("user_id", userId)
                    .map((rs, ctx) -> Map.entry(FeedRows.feed(rs), FullTextRows.setting(rs, rs.getLong("id"))))
                    .stream()
                    .map(row -> {
                        Feed feed = row.getKey();
                        Counts count = counts.getOrDefault(feed.id(), Counts.NONE);
                        return new FeedSummary(feed, count.unread, count.total, websub.get(feed.id()), row.getValue());
                    })
                    .sorted(BY_CATEGORY_THEN_TITLE)
                    .toList();
        });
    }

    /**
     * Remote feeds that are due for a check: enabled, subscribed by anyone, and scheduled at or
     * before {@code now}; the longest overdue first.
     */
    public List<DueFeed> due(Instant now, int limit) {
        return access.read("list feeds due for a check", handle -> handle.createQuery("""
                        SELECT f.id, f.url, f.etag, f.last_modified, f.check_interval_seconds, f.error_count
                        FROM feeds f
                        WHERE f.kind = 'remote' AND NOT f.disabled AND f.next_check_at <= :now
                          AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.feed_id = f.id)
                        ORDER BY f.next_check_at, f.id
                        LIMIT :limit""")
                .bind("now", now.toEpochMilli())
                .bind("limit", limit)
                .map((rs, ctx) -> new DueFeed(
                        rs.getLong("id"),
                        rs.getString("url"),
                        rs.getString("etag"),
                        rs.getString("last_modified"),
                        Columns.seconds(rs, "check_interval_seconds"),
                        rs.getInt("error_count")))
                .list());
    }

    /**
     * The earliest check scheduled after {@code now} among the feeds {@link #due} would list then,
     * wherever it was scheduled (a user's refresh, another process); empty when there is none.
     */
    public Optional<Instant> nextCheckAfter(Instant now) {
        return access.read("find the next scheduled check", handle -> handle.createQuery("""
                        SELECT MIN(f.next_check_at)
                        FROM feeds f
                        WHERE f.kind = 'remote' AND NOT f.disabled AND f.next_check_at > :now
                          AND EXISTS (SELECT 1 FROM subscriptions s WHERE s.feed_id = f.id)""")
                .bind("now", now.toEpochMilli())
                .mapTo(Long.class)
                .findOne()
                .map(Instant::ofEpochMilli));
    }

    /**
     * Records what the latest parse said about the feed; a value the parse did not give keeps the
     * one stored. Nothing happens when the feed was deleted meanwhile.
     */
    public void updateMetadata(long feedId, FeedMetadata metadata) {
        int updated = access.write("update feed " + feedId, handle -> handle.createUpdate("""
                        UPDATE feeds
                        SET title = COALESCE(:title, title),
                            site_url = COALESCE(:site_url, site_url),
                            description = COALESCE(:description, description),
                            language = COALESCE(:language, language),
                            icon_url = COALESCE(:icon_url, icon_url),
                            format = COALESCE(:format, format)
                        WHERE id = :id""")
                .bind("title", metadata.title())
                .bind("site_url", metadata.siteUrl())
                .bind("description", metadata.description())
                .bind("language", metadata.language())
                .bind("icon_url", metadata.iconUrl())
                .bind("format", metadata.format() == null ? null : metadata.format().code())
                .bind("id", feedId)
                .execute());
        logIfGone(updated, feedId);
    }

    /**
     * Records the outcome of a check and when to check next. Nothing happens when the feed was
     * deleted meanwhile.
     *
     * @throws NullPointerException when the state has no next check time
     */
    public void recordPoll(long feedId, PollState state) {
        Objects.requireNonNull(state.nextCheckAt(), "a poll state needs the next check time");
        int updated = access.write("record the check of feed " + feedId, handle -> handle.createUpdate("""
                        UPDATE feeds
                        SET last_checked_at = :last_checked_at, next_check_at = :next_check_at,
                            check_interval_seconds = :interval, error_count = :error_count,
                            last_error = :last_error, last_status = :last_status,
                            etag = :etag, last_modified = :last_modified, disabled = :disabled
                        WHERE id = :id""")
                .bind("last_checked_at", Columns.millis(state.lastCheckedAt()))
                .bind("next_check_at", state.nextCheckAt().toEpochMilli())
                .bind("interval", state.interval() == null ? null : state.interval().toSeconds())
                .bind("error_count", state.errorCount())
                .bind("last_error", state.lastError())
                .bind("last_status", state.lastStatus())
                .bind("etag", state.etag())
                .bind("last_modified", state.lastModified())
                .bind("disabled", state.disabled())
                .bind("id", feedId)
                .execute());
        logIfGone(updated, feedId);
    }

    /**
     * Moves the feed to a new URL after a permanent redirect.
     *
     * <p>When another feed already has that URL (a user subscribed to the redirect target
     * directly), the feed keeps its old URL and this returns {@code false}: merging two feeds'
     * entries and subscribers is a decision for the caller, and the old URL still answers with
     * the redirect.
     *
     * @return {@code true} when the feed now has the new URL (also when it had it already)
     * @throws StoreException when the feed does not exist
     */
    public boolean changeUrl(long feedId, String newUrl) {
        if (newUrl == null || newUrl.isBlank()) {
            throw new IllegalArgumentException("a feed needs a URL");
        }
        try {
            return access.write("change the URL of feed " + feedId, handle -> {
                String current = handle.createQuery("SELECT url FROM feeds WHERE id = :id")
                        .bind("id", feedId)
                        .mapTo(String.class)
                        .findOne()
                        .orElseThrow(() -> new StoreException("cannot change the URL: there is no feed " + feedId));
                if (current.equals(newUrl)) {
                    return true;
                }
                if (idByUrl(handle, newUrl).isPresent()) {
                    return false;
                }
                handle.createUpdate("UPDATE feeds SET url = :url WHERE id = :id")
                        .bind("url", newUrl)
                        .bind("id", feedId)
                        .execute();
                return true;
            });
        } catch (StoreException e) {
            // Another process took the URL between the check and the update.
            if (SqlErrors.isUniqueViolation(e)) {
                return false;
            }
            throw e;
        }
    }

    private static Optional<Long> idByUrl(Handle handle, String url) {
        return handle.createQuery("SELECT id FROM feeds WHERE url = :url")
                .bind("url", url)
                .mapTo(Long.class)
                .findOne();
    }

    private static void logIfGone(int updated, long feedId) {
        if (updated == 0) {
            log.debug("Feed {} is gone; dropped its update", feedId);
        }
    }

    private record Counts(int unread, int total) {
        static final Counts NONE = new Counts(0, 0);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
