package io.newsdesk.store;

import java.util.Objects;

/**
 * Why an attempt to fetch an entry's page for its full text failed.
 *
 * @param code the kind of failure, a short code such as {@code "timeout"} or {@code "not_html"}
 * @param message what happened, for the user
 * @param httpStatus the status of the server's answer, or {@code null} when there was none
 */
public record PageFailure(String code, String message, Integer httpStatus) {

    public PageFailure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
