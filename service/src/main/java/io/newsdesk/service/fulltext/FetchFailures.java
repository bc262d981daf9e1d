package io.newsdesk.service.fulltext;

import io.newsdesk.fetch.FetchException;

/** Translates the fetcher's failures into the kinds an entry records. */
final class FetchFailures {

    private FetchFailures() {}

    static PageProblem problem(FetchException e) {
        FailureKind kind = switch (e.reason()) {
            case INVALID_URL -> FailureKind.INVALID_URL;
            case ADDRESS_REFUSED -> FailureKind.ADDRESS_REFUSED;
            case DNS, CONNECT, TLS, IO -> FailureKind.NETWORK;
            case TIMEOUT -> FailureKind.TIMEOUT;
            case TOO_LARGE -> FailureKind.TOO_LARGE;
            case TOO_MANY_REDIRECTS -> FailureKind.TOO_MANY_REDIRECTS;
            case HTTP_STATUS -> FailureKind.HTTP_ERROR;
        };
        String message = e.getMessage() == null ? kind.code() : e.getMessage();
        return new PageProblem(kind, message, e.status(), e.retryAfter());
    }
}
