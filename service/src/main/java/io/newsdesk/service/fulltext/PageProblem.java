package io.newsdesk.service.fulltext;

import io.newsdesk.store.PageFailure;
import java.time.Duration;
import java.util.Objects;

/**
 * Why one attempt to read an entry's page failed.
 *
 * @param kind the kind of failure
 * @param message what happened, for the user
 * @param httpStatus the answer's status, or {@code null} when there was none
 * @param retryAfter how long the server asked to wait (Retry-After), or {@code null}
 */
record PageProblem(FailureKind kind, String message, Integer httpStatus, Duration retryAfter) {

    PageProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    static PageProblem of(FailureKind kind, String message) {
        return new PageProblem(kind, message, null, null);
    }

    /** Whether another attempt later may succeed. */
    boolean retryable() {
        return kind.retryable(httpStatus);
    }

    /** The failure as the entry records it. */
    PageFailure toFailure() {
        return new PageFailure(kind.code(), message, httpStatus);
    }
}
