package io.newsdesk.store;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Users and their credentials. User 1 is the local owner that a fresh database starts with; its
 * data (subscriptions, categories, reading state) is kept when it is claimed by the first account.
 *
 * <p>Removing a user, or changing their password, ends their sessions and API tokens in the same
 * transaction, so that no request can still act for the old credentials once it returns.
 *
 * @see Database#users()
 */
public final class UserRepository {

    private static final Logger log = LoggerFactory.getLogger(UserRepository.class);
    private static final String SELECT = "SELECT " + UserRows.COLUMNS + " FROM users u ";

    private final DatabaseAccess access;

    UserRepository(DatabaseAccess access) {
        this.access = access;
    }

    /** The user with this id. */
    public Optional<StoredUser> find(long id) {
        return access.read("read user " + id, handle -> handle.createQuery(SELECT + "WHERE u.id = :id")
                .bind("id", id)
                .map((rs, ctx) -> UserRows.user(rs))
                .findOne());
    }

    /** The user with exactly this name (names are compared as written). */
    public Optional<StoredUser> findByName(String username) {
        return access.read("look up a user", handle -> handle.createQuery(SELECT + "WHERE u.username = :username")
                .bind("username", username)
                .map((rs, ctx) -> UserRows.user(rs))
                .findOne());
    }

    /** The user whose Fever key has this digest. */
    public Optional<StoredUser> findByFeverKeyHash(String feverKeyHash) {
        return access.read("look up a Fever key", handle -> handle.createQuery(
                        SELECT + "WHERE u.fever_key_hash = :hash")
                .bind("hash", feverKeyHash)
                .map((rs, ctx) -> UserRows.user(rs))
                .findOne());
    }

    /** Every user, by id (the order they were added in). */
    public List<StoredUser> list() {
        return access.read("list users", handle -> handle.createQuery(SELECT + "ORDER BY u.id")
                .map((rs, ctx) -> UserRows.user(rs))
                .list());
    }

    /** Whether any user has a password, that is whether anyone can sign in. */
    public boolean anyPassword() {
        return access.read("check for passwords", handle -> handle.createQuery(
                        "SELECT COUNT(*) FROM users WHERE password_hash IS NOT NULL")
                .mapTo(Long.class)
                .one() > 0);
    }

    /**
     * Adds a user.
     *
     * @param passwordHash the encoded password hash (never {@code null}: new users sign in)
     * @param feverKeyHash the digest of the user's Fever key
     * @return the new user's id, or empty when a user of that name (in any case) exists already
     */
    public Optional<Long> create(String username, String passwordHash, String feverKeyHash, boolean admin) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        try {
            return Optional.of(access.write("add user " + username, handle -> handle.createQuery("""
                            INSERT INTO users (username, password_hash, fever_key_hash, is_admin, created_at)
                            VALUES (:username, :password_hash, :fever_key_hash, :admin, :now)
                            RETURNING id""")
                    .bind("username", username)
                    .bind("password_hash", passwordHash)
                    .bind("fever_key_hash", feverKeyHash)
                    .bind("admin", admin)
                    .bind("now", access.now().toEpochMilli())
                    .mapTo(Long.class)
                    .one()));
        } catch (StoreException e) {
            if (SqlErrors.isUniqueViolation(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /**
     * Turns the passwordless local owner into an administrator with a name and a password, keeping
     * all its data; only while it is the only user and has no password.
     *
     * @return the owner's id when it was claimed, empty when the database already has accounts
     */
    public Optional<Long> claimOwner(String username, String passwordHash, String feverKeyHash) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        return access.write("claim the local owner", handle -> {
            List<StoredUser> users = handle.createQuery(SELECT + "ORDER BY u.id")
                    .map((rs, ctx) -> UserRows.user(rs))
                    .list();
            if (users.size() != 1 || users.getFirst().hasPassword()) {
                return Optional.<Long>empty();
            }
            long owner = users.getFirst().id();
            handle.createUpdate("""
                            UPDATE users
                            SET username = :username, password_hash = :password_hash,
                                fever_key_hash = :fever_key_hash, is_admin = :admin
                            WHERE id = :id""")
                    .bind("username", username)
                    .bind("password_hash", passwordHash)
                    .bind("fever_key_hash", feverKeyHash)
                    .bind("admin", true)
                    .bind("id", owner)
                    .execute();
            return Optional.of(owner);
        });
    }

    /**
     * Sets the user's password and Fever key and ends all their sessions and API tokens.
     *
     * @return whether the user exists
     */
    public boolean changePassword(long id, String passwordHash, String feverKeyHash) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        return access.write("change the password of user " + id, handle -> {
            int updated = handle.createUpdate("""
                            UPDATE users SET password_hash = :password_hash, fever_key_hash = :fever_key_hash
                            WHERE id = :id""")
                    .bind("password_hash", passwordHash)
                    .bind("fever_key_hash", feverKeyHash)
                    .bind("id", id)
                    .execute();
            endSignIns(handle, id);
            return updated > 0;
        });
    }

    /**
     * Replaces the user's password hash by a stronger hash of the same password, keeping their
     * sessions and tokens; nothing happens when the password changed meanwhile.
     *
     * @return whether the hash was replaced
     */
    public boolean upgradePasswordHash(long id, String currentHash, String strongerHash) {
        return access.write("upgrade the password hash of user " + id, handle -> handle.createUpdate(
                        "UPDATE users SET password_hash = :stronger WHERE id = :id AND password_hash = :current")
                .bind("stronger", strongerHash)
                .bind("id", id)
                .bind("current", currentHash)
                .execute()) == 1;
    }

    /**
     * Removes the user with their subscriptions, categories, reading state, sessions and tokens.
     * Feeds nobody else subscribes to are deleted with their entries, and tombstones tell the search
     * index to drop them, as when the last subscriber unsubscribes.
     *
     * @return whether the user existed
     */
    public boolean remove(long id) {
        return access.write("remove user " + id, handle -> {
            List<Long> orphans = handle.createQuery("""
                            SELECT s.feed_id FROM subscriptions s
                            WHERE s.user_id = :id
                              AND NOT EXISTS (SELECT 1 FROM subscriptions o
                                              WHERE o.feed_id = s.feed_id AND o.user_id <> :id)""")
                    .bind("id", id)
                    .mapTo(Long.class)
                    .list();
            // Sessions and tokens cascade too; deleted explicitly so the order does not depend on it.
            endSignIns(handle, id);
            int removed = handle.createUpdate("DELETE FROM users WHERE id = :id").bind("id", id).execute();
            if (removed == 0) {
                return false;
            }
            long now = access.now().toEpochMilli();
            for (long feed : orphans) {
                handle.createUpdate("DELETE FROM feeds WHERE id = :feed_id").bind("feed_id", feed).execute();
                handle.createUpdate("INSERT INTO search_tombstones (feed_id, created_at) VALUES (:feed_id, :now)")
                        .bind("feed_id", feed)
                        .bind("now", now)
                        .execute();
            }
            log.info("Removed user {} and {} feed(s) nobody else subscribed to", id, orphans.size());
            return true;
        });
    }

    private static void endSignIns(Handle handle, long userId) {
        handle.createUpdate("DELETE FROM sessions WHERE user_id = :id").bind("id", userId).execute();
        handle.createUpdate("DELETE FROM api_tokens WHERE user_id = :id").bind("id", userId).execute();
    }
}
