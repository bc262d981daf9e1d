package io.newsdesk.store;

import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Who subscribes to which feed, under which title and category; see {@link FeedRepository}. */
final class Subscriptions {

    private static final Logger log = LoggerFactory.getLogger(Subscriptions.class);

    private final DatabaseAccess access;

    Subscriptions(DatabaseAccess access) {
        this.access = access;
    }

    /** Title and category are already normalized: {@code null} for none. */
    void subscribe(long userId, long feedId, String title, String category) {
        access.write("subscribe to feed " + feedId, handle -> {
            if (!FeedRows.exists(handle, feedId)) {
                throw new StoreException("cannot subscribe: there is no feed " + feedId);
            }
            Long categoryId = category == null ? null : categoryId(handle, userId, category);
            return handle.createUpdate("""
                            INSERT INTO subscriptions (user_id, feed_id, category_id, title, created_at)
                            VALUES (:user_id, :feed_id, :category_id, :title, :now)
                            ON CONFLICT (user_id, feed_id)
                            DO UPDATE SET category_id = excluded.category_id, title = excluded.title""")
                    .bind("user_id", userId)
                    .bind("feed_id", feedId)
                    .bind("category_id", categoryId)
                    .bind("title", title)
                    .bind("now", access.now().toEpochMilli())
                    .execute();
        });
    }

    boolean unsubscribe(long userId, long feedId) {
        return access.write("unsubscribe from feed " + feedId, handle -> {
            int removed = handle.createUpdate(
                            "DELETE FROM subscriptions WHERE user_id = :user_id AND feed_id = :feed_id")
                    .bind("user_id", userId)
                    .bind("feed_id", feedId)
                    .execute();
            if (removed == 0) {
                return false;
            }
            handle.createUpdate("""
                            DELETE FROM entry_states
                            WHERE user_id = :user_id
                              AND entry_id IN (SELECT id FROM entries WHERE feed_id = :feed_id)""")
                    .bind("user_id", userId)
                    .bind("feed_id", feedId)
                    .execute();
            long subscribers = handle.createQuery("SELECT COUNT(*) FROM subscriptions WHERE feed_id = :feed_id")
                    .bind("feed_id", feedId)
                    .mapTo(Long.class)
                    .one();
            if (subscribers == 0) {
                handle.createUpdate("DELETE FROM feeds WHERE id = :feed_id").bind("feed_id", feedId).execute();
                handle.createUpdate("INSERT INTO search_tombstones (feed_id, created_at) VALUES (:feed_id, :now)")
                        .bind("feed_id", feedId)
                        .bind("now", access.now().toEpochMilli())
                        .execute();
                log.info("Deleted feed {}: its last subscriber left", feedId);
            }
            return true;
        });
    }

    private static long categoryId(Handle handle, long userId, String title) {
        handle.createUpdate("""
                        INSERT INTO categories (user_id, title) VALUES (:user_id, :title)
                        ON CONFLICT (user_id, title) DO NOTHING""")
                .bind("user_id", userId)
                .bind("title", title)
                .execute();
        return handle.createQuery("SELECT id FROM categories WHERE user_id = :user_id AND title = :title")
                .bind("user_id", userId)
                .bind("title", title)
                .mapTo(Long.class)
                .one();
    }
}
