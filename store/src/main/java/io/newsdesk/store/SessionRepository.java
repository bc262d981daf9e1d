package io.newsdesk.store;

import java.time.Instant;
import java.util.Optional;

/**
 * Browsers' sign-ins, stored by the SHA-256 digest of their id so that the table alone lets nobody
 * act as a user. Every server process on the database sees the same sessions.
 *
 * @see Database#sessions()
 */
public final class SessionRepository {

    private final DatabaseAccess access;

    SessionRepository(DatabaseAccess access) {
        this.access = access;
    }

    /** Records a new session for the user, seen now. */
    public void create(String idHash, long userId, Instant expiresAt) {
        long now = access.now().toEpochMilli();
        access.write("start a session", handle -> handle.createUpdate("""
                        INSERT INTO sessions (id_hash, user_id, created_at, last_seen_at, expires_at)
                        VALUES (:id_hash, :user_id, :now, :now, :expires_at)""")
                .bind("id_hash", idHash)
                .bind("user_id", userId)
                .bind("now", now)
                .bind("expires_at", expiresAt.toEpochMilli())
                .execute());
    }

    /** The session with this id digest and its user, whether or not it has expired. */
    public Optional<StoredSession> find(String idHash) {
        return access.read("read a session", handle -> handle.createQuery("""
                        SELECT %s, s.created_at, s.last_seen_at, s.expires_at
                        FROM sessions s JOIN users u ON u.id = s.user_id
                        WHERE s.id_hash = :id_hash""".formatted(UserRows.COLUMNS))
                .bind("id_hash", idHash)
                .map((rs, ctx) -> new StoredSession(
                        UserRows.user(rs),
                        Columns.instant(rs, "created_at"),
                        Columns.instant(rs, "last_seen_at"),
                        Columns.instant(rs, "expires_at")))
                .findOne());
    }

    /** Records that the session was used now. */
    public void touch(String idHash) {
        access.write("refresh a session", handle -> handle.createUpdate(
                        "UPDATE sessions SET last_seen_at = :now WHERE id_hash = :id_hash")
                .bind("now", access.now().toEpochMilli())
                .bind("id_hash", idHash)
                .execute());
    }

    /** Ends the session; nothing happens when there is none. */
    public void delete(String idHash) {
        access.write("end a session", handle -> handle.createUpdate("DELETE FROM sessions WHERE id_hash = :id_hash")
                .bind("id_hash", idHash)
                .execute());
    }

    /**
     * Deletes sessions past their end, or unused since before {@code idleSince}.
     *
     * @return how many were deleted
     */
    public int deleteExpired(Instant idleSince) {
        return access.write("delete expired sessions", handle -> handle.createUpdate(
                        "DELETE FROM sessions WHERE expires_at <= :now OR last_seen_at < :idle_since")
                .bind("now", access.now().toEpochMilli())
                .bind("idle_since", idleSince.toEpochMilli())
                .execute());
    }
}
