package io.newsdesk.service.accounts;

import java.time.Instant;

/**
 * A session just started: its secret goes into the browser's cookie and nowhere else.
 *
 * @param secret the session id, to be sent back by the browser
 * @param expiresAt when the session ends however much it is used
 */
public record NewSession(String secret, Instant expiresAt) {

    @Override
    public String toString() {
        return "NewSession[expiresAt=" + expiresAt + "]";
    }
}
