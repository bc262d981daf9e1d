package io.newsdesk.web.isolation;

import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * How the isolation test calls one route, and what it expects anonymously and as another user.
 * Built fluently; see {@link IsolationTable} for examples.
 */
public final class Row {

    final String method;
    final String pattern;
    Function<Ids, String> path;
    Auth auth = Auth.API_TOKEN;
    String contentType;
    BiFunction<Ids, TestUser, String> body;
    Expectation anonymous;
    AsOther asOther;
    boolean endsSession;

    private Row(String method, String pattern) {
        this.method = method;
        this.pattern = pattern;
        this.path = ids -> pattern;
        this.anonymous = pattern.startsWith("/api/") ? Expectation.UNAUTHORIZED : Expectation.LOGIN_REDIRECT;
    }

    /** The row for {@code method} on {@code pattern}, exactly as the server routes it. */
    public static Row of(String method, String pattern) {
        return new Row(method, pattern);
    }

    /** The concrete path, aimed at the objects of {@code ids} (A's, or none). */
    public Row path(Function<Ids, String> concretePath) {
        this.path = Objects.requireNonNull(concretePath);
        return this;
    }

    /** How requests authenticate (default: an API token). */
    public Row auth(Auth how) {
        this.auth = Objects.requireNonNull(how);
        return this;
    }

    /** The request body, made for the target's ids and the requesting user ({@code null} when anonymous). */
    public Row body(String type, BiFunction<Ids, TestUser, String> content) {
        this.contentType = type;
        this.body = content;
        return this;
    }

    /** A JSON body. */
    public Row json(Function<Ids, String> content) {
        return body("application/json", (ids, user) -> content.apply(ids));
    }

    /** A form body, as a page without JavaScript posts it. */
    public Row form(Function<Ids, String> content) {
        return body("application/x-www-form-urlencoded", (ids, user) -> content.apply(ids));
    }

    /** What an anonymous request gets (default: 401 under /api/, else a redirect to sign-in). */
    public Row anonymous(Expectation expected) {
        this.anonymous = Objects.requireNonNull(expected);
        return this;
    }

    /** What B gets; every row must say. */
    public Row asOtherUser(AsOther expected) {
        this.asOther = Objects.requireNonNull(expected);
        return this;
    }

    /** The request ends the caller's session (signing out): run after every other row. */
    public Row endsSession() {
        this.endsSession = true;
        return this;
    }

    /** "GET /api/v1/feeds/{id}". */
    public String key() {
        return method + " " + pattern;
    }

    @Override
    public String toString() {
        return key();
    }
}
