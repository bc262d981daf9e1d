package io.newsdesk.store;

import java.time.Instant;

/**
 * A user as stored.
 *
 * @param id the user
 * @param username the name they sign in with
 * @param passwordHash the encoded password hash, or {@code null} for a user who cannot sign in
 *     with a password (the local owner of a personal installation)
 * @param admin whether the user may manage other users
 * @param createdAt when the user was added
 */
public record StoredUser(long id, String username, String passwordHash, boolean admin, Instant createdAt) {

    /** Whether the user has a password. */
    public boolean hasPassword() {
        return passwordHash != null;
    }

    /** Never shows the password hash, so that a user logged or printed leaks nothing. */
    @Override
    public String toString() {
        return "StoredUser[id=" + id + ", username=" + username + ", admin=" + admin
                + ", hasPassword=" + hasPassword() + "]";
    }
}
