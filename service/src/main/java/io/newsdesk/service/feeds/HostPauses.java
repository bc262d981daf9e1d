package io.newsdesk.service.feeds;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hosts that asked to be left alone for a while. A 429 Too Many Requests, or a 503 Service
 * Unavailable with a Retry-After, speaks for the whole site, not only for the feed that got it: the
 * other feeds of that host wait too, until the time the server named. Kept in memory: after a
 * restart each feed's own backed-off schedule still holds.
 */
public final class HostPauses {

    /** A 429 without Retry-After still says "slow down"; a minute is what clients commonly assume. */
    static final Duration DEFAULT_PAUSE = Duration.ofMinutes(1);

    private final Clock clock;
    private final Duration longest;
    private final Map<String, Instant> pausedUntil = new ConcurrentHashMap<>();

    /**
     * @param longest the longest pause any answer can impose on a host, so that one odd
     *     Retry-After cannot silence a site for long
     */
    public HostPauses(Clock clock, Duration longest) {
        this.clock = clock;
        this.longest = longest;
    }

    /**
     * Pauses the host of the checked feed when the answer asks for it.
     *
     * @return when the host may be asked again, or {@code null} when the answer asked for no pause
     */
    public Instant learnFrom(RefreshOutcome outcome) {
        return learnFrom(outcome.url(), outcome.httpStatus(), outcome.retryAfter());
    }

    /**
     * Pauses the URL's host when an answer from it asks for it (a page fetched for its full text,
     * say).
     *
     * @param status the answer's HTTP status, or {@code null} when there was none
     * @param retryAfter the answer's Retry-After, or {@code null}
     * @return when the host may be asked again, or {@code null} when the answer asked for no pause
     */
    public Instant learnFrom(String url, Integer status, Duration retryAfter) {
        Duration pause = requestedPause(status, retryAfter);
        if (pause == null) {
            return null;
        }
        Instant now = clock.instant();
        Instant until = now.plus(pause.compareTo(longest) > 0 ? longest : pause);
        pausedUntil.values().removeIf(end -> !end.isAfter(now));
        return pausedUntil.merge(HostLimits.hostOf(url), until, (a, b) -> a.isAfter(b) ? a : b);
    }

    /** Until when the URL's host asked to be left alone, or {@code null} when it did not (or no longer does). */
    public Instant pausedUntil(String url) {
        return pausedUntilForHost(HostLimits.hostOf(url));
    }

    /** Until when the host asked to be left alone, or {@code null} when it did not (or no longer does). */
    Instant pausedUntilForHost(String host) {
        Instant until = pausedUntil.get(host);
        if (until == null) {
            return null;
        }
        if (!until.isAfter(clock.instant())) {
            pausedUntil.remove(host, until);
            return null;
        }
        return until;
    }

    private static Duration requestedPause(Integer status, Duration retryAfter) {
        if (status == null) {
            return null;
        }
        if (status == 429) {
            return retryAfter != null && retryAfter.isPositive() ? retryAfter : DEFAULT_PAUSE;
        }
        return status == 503 && retryAfter != null && retryAfter.isPositive() ? retryAfter : null;
    }
}
