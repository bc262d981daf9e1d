package io.newsdesk.web.isolation;

import java.net.http.HttpResponse;
import java.util.function.Predicate;

/**
 * What an answer must look like.
 *
 * @param description what is expected, for failure messages
 * @param check whether an answer meets it
 */
public record Expectation(String description, Predicate<HttpResponse<String>> check) {

    /** 401, as JSON under {@code /api/}. */
    public static final Expectation UNAUTHORIZED = new Expectation("401 Unauthorized",
            response -> response.statusCode() == 401);
    /** 303 to the sign-in page. */
    public static final Expectation LOGIN_REDIRECT = new Expectation("303 to /login",
            response -> response.statusCode() == 303
                    && response.headers().firstValue("Location").orElse("").startsWith("/login"));
    /** 403: the route is for administrators. */
    public static final Expectation FORBIDDEN = new Expectation("403 Forbidden",
            response -> response.statusCode() == 403);
    /** Answered, neither refused for want of sign-in nor failed. */
    public static final Expectation OPEN = new Expectation("an answer without sign-in",
            response -> response.statusCode() != 401 && response.statusCode() < 500
                    && !response.headers().firstValue("Location").orElse("").startsWith("/login"));

    /** A protocol's own answer, such as Fever's {@code {"auth":0}}. */
    public static Expectation of(String description, Predicate<HttpResponse<String>> check) {
        return new Expectation(description, check);
    }
}
