package io.newsdesk.web.ui;

import io.newsdesk.domain.DatePrecision;
import io.newsdesk.store.StoredToken;
import io.newsdesk.store.TokenKind;

/**
 * One API token in the settings page's list; never its secret.
 *
 * @param id the token
 * @param name what it is called
 * @param kind "API token" or "App sign-in" (a reader app that signed in with the password)
 * @param created when it was created
 * @param lastUsed when it was last used, or {@code null} for never
 */
public record TokenRow(long id, String name, String kind, Timestamp created, Timestamp lastUsed) {

    /** The row for a stored token. */
    public static TokenRow from(StoredToken token, TimeContext time) {
        return new TokenRow(
                token.id(),
                token.name(),
                token.kind() == TokenKind.API ? "API token" : "App sign-in",
                time.stamp(token.createdAt(), DatePrecision.SECOND),
                time.stamp(token.lastUsedAt(), DatePrecision.SECOND));
    }
}
