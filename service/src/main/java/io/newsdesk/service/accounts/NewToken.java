package io.newsdesk.service.accounts;

import io.newsdesk.store.StoredToken;

/**
 * A token just created: the secret is shown to the user this once and never again.
 *
 * @param token the token as the user's list shows it
 * @param secret what a program presents ({@code X-Auth-Token}, {@code Authorization: Bearer})
 */
public record NewToken(StoredToken token, String secret) {

    @Override
    public String toString() {
        return "NewToken[" + token + "]";
    }
}
