package io.newsdesk.fetch;

import java.time.Duration;
import java.time.Instant;

/**
 * What the server said about when to come back, for the poller to schedule the next fetch. Each
 * hint is {@code null} when the server gave none (or gave an unreadable one).
 *
 * @param maxAge how long the response stays fresh from now: Cache-Control {@code s-maxage} (this is a
 *     shared cache serving many subscribers) or else {@code max-age}, less the Age header;
 *     {@link Duration#ZERO} for {@code no-cache} or {@code no-store}
 * @param expires the Expires header
 * @param retryAfter the Retry-After header, from seconds or an HTTP-date, never negative
 */
public record CacheHints(Duration maxAge, Instant expires, Duration retryAfter) {

    private static final CacheHints NONE = new CacheHints(null, null, null);

    /** Returns hints with nothing in them. */
    public static CacheHints none() {
        return NONE;
    }
}
