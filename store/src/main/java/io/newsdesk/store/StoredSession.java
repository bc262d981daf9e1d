package io.newsdesk.store;

import java.time.Instant;

/**
 * A browser's sign-in as stored, with the user it acts for.
 *
 * @param user the signed-in user
 * @param createdAt when the user signed in
 * @param lastSeenAt when the session was last used (refreshed now and then, not on every request)
 * @param expiresAt when the session ends however much it is used
 */
public record StoredSession(StoredUser user, Instant createdAt, Instant lastSeenAt, Instant expiresAt) {}
