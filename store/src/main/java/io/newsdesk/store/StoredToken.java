package io.newsdesk.store;

import java.time.Instant;

/**
 * An API token as its user sees it; the secret itself is never stored.
 *
 * @param id the token, unique across users
 * @param userId whose token it is
 * @param name what the user (or the reader app that signed in) called it
 * @param kind why it exists
 * @param createdAt when it was created
 * @param lastUsedAt when it was last presented (to within a minute), or {@code null} for never
 * @param expiresAt when it ends, or {@code null} for when it is revoked
 */
public record StoredToken(
        long id, long userId, String name, TokenKind kind, Instant createdAt, Instant lastUsedAt, Instant expiresAt) {}
