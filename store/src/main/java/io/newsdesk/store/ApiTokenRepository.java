package io.newsdesk.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * API tokens, stored by the SHA-256 digest of their secret. Every read and change names the user,
 * so one user's token can be neither listed nor revoked by another.
 *
 * @see Database#apiTokens()
 */
public final class ApiTokenRepository {

    private static final String TOKEN_COLUMNS =
            "t.id AS token_id, t.user_id AS token_user_id, t.name, t.kind, t.created_at AS token_created_at, "
                    + "t.last_used_at, t.expires_at";

    private final DatabaseAccess access;

    ApiTokenRepository(DatabaseAccess access) {
        this.access = access;
    }

    /** A token and the user it acts for. */
    public record Holder(StoredToken token, StoredUser user) {}

    /**
     * Records a new token.
     *
     * @param expiresAt when it ends, or {@code null} for when it is revoked
     * @return the token's id
     */
    public long create(long userId, String name, TokenKind kind, String tokenHash, Instant expiresAt) {
        return access.write("create a token", handle -> handle.createQuery("""
                        INSERT INTO api_tokens (user_id, name, kind, token_hash, created_at, expires_at)
                        VALUES (:user_id, :name, :kind, :token_hash, :now, :expires_at)
                        RETURNING id""")
                .bind("user_id", userId)
                .bind("name", name)
                .bind("kind", kind.code())
                .bind("token_hash", tokenHash)
                .bind("now", access.now().toEpochMilli())
                .bind("expires_at", Columns.millis(expiresAt))
                .mapTo(Long.class)
                .one());
    }

    /** The user's tokens, newest first. */
    public List<StoredToken> list(long userId) {
        return access.read("list tokens", handle -> handle.createQuery(
                        "SELECT " + TOKEN_COLUMNS + " FROM api_tokens t WHERE t.user_id = :user_id ORDER BY t.id DESC")
                .bind("user_id", userId)
                .map((rs, ctx) -> token(rs))
                .list());
    }

    /** The user's token with this id; empty when it is another user's or does not exist. */
    public Optional<StoredToken> find(long userId, long tokenId) {
        return access.read("read a token", handle -> handle.createQuery(
                        "SELECT " + TOKEN_COLUMNS + " FROM api_tokens t WHERE t.user_id = :user_id AND t.id = :id")
                .bind("user_id", userId)
                .bind("id", tokenId)
                .map((rs, ctx) -> token(rs))
                .findOne());
    }

    /** The token with this secret digest and its user, whether or not it has expired. */
    public Optional<Holder> findByHash(String tokenHash) {
        return access.read("look up a token", handle -> handle.createQuery("SELECT " + TOKEN_COLUMNS + ", " + UserRows.COLUMNS
                        + " FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = :token_hash")
                .bind("token_hash", tokenHash)
                .map((rs, ctx) -> new Holder(token(rs), UserRows.user(rs)))
                .findOne());
    }

    /**
     * Records that the token was used now.
     *
     * @param expiresAt its new end, or {@code null} to keep the one it has
     */
    public void touch(long tokenId, Instant expiresAt) {
        access.write("record the use of a token", handle -> handle.createUpdate("""
                        UPDATE api_tokens SET last_used_at = :now, expires_at = COALESCE(:expires_at, expires_at)
                        WHERE id = :id""")
                .bind("now", access.now().toEpochMilli())
                .bind("expires_at", Columns.millis(expiresAt))
                .bind("id", tokenId)
                .execute());
    }

    /**
     * Revokes the user's token.
     *
     * @return whether the user had it
     */
    public boolean revoke(long userId, long tokenId) {
        return access.write("revoke a token", handle -> handle.createUpdate(
                        "DELETE FROM api_tokens WHERE user_id = :user_id AND id = :id")
                .bind("user_id", userId)
                .bind("id", tokenId)
                .execute() > 0);
    }

    /**
     * Deletes tokens past their end, and the user's sign-ins of {@code kind} beyond the newest
     * {@code keep}, so that apps signing in again and again do not pile up tokens.
     *
     * @return how many were deleted
     */
    public int prune(long userId, TokenKind kind, int keep) {
        return access.write("delete old tokens", handle -> {
            int expired = handle.createUpdate("DELETE FROM api_tokens WHERE expires_at <= :now")
                    .bind("now", access.now().toEpochMilli())
                    .execute();
            int surplus = handle.createUpdate("""
                            DELETE FROM api_tokens
                            WHERE user_id = :user_id AND kind = :kind AND id NOT IN (
                                SELECT id FROM api_tokens WHERE user_id = :user_id AND kind = :kind
                                ORDER BY id DESC LIMIT :keep)""")
                    .bind("user_id", userId)
                    .bind("kind", kind.code())
                    .bind("keep", keep)
                    .execute();
            return expired + surplus;
        });
    }

    private static StoredToken token(ResultSet rs) throws SQLException {
        return new StoredToken(
                rs.getLong("token_id"),
                rs.getLong("token_user_id"),
                rs.getString("name"),
                TokenKind.of(rs.getString("kind")),
                Columns.instant(rs, "token_created_at"),
                Columns.instant(rs, "last_used_at"),
                Columns.instant(rs, "expires_at"));
    }
}
