package io.newsdesk.web.http;

import io.javalin.http.Context;

/**
 * How the routes of a protocol other than Newsdesk's own answer failures: reader apps expect
 * their server's error shapes (a Miniflux client reads {@code error_message}, a Fever client
 * {@code auth}), including for failures raised before a route runs (an oversized body, an unknown
 * endpoint, a refused login).
 */
public interface ErrorFormat {

    /** Whether requests to {@code path} speak this protocol. */
    boolean covers(String path);

    /**
     * Answers a failure.
     *
     * @param status the HTTP status the failure maps to
     * @param message what went wrong and what to do, never {@code null}
     */
    void respond(Context ctx, int status, String message);
}
