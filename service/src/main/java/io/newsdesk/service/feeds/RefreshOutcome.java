package io.newsdesk.service.feeds;

import java.time.Duration;
import java.time.Instant;

/**
 * What one check of a feed came to. A failure is an outcome, not an exception: a failing feed is
 * recorded and backed off, and never stops the others.
 *
 * @param feedId the feed
 * @param url the URL that was checked
 * @param status how it went
 * @param inserted entries stored for the first time
 * @param updated entries whose content changed
 * @param error what went wrong, for {@link Status#FAILED}; why the feed was not checked, for
 *     {@link Status#DEFERRED}
 * @param nextCheckAt when the feed will be checked again, or {@code null} when the check was
 *     interrupted (shutting down) and nothing was recorded
 * @param httpStatus the status of the server's answer, or {@code null} when there was none (the
 *     server could not be reached, or the feed was not checked)
 * @param retryAfter how long the server asked to wait before the next request (Retry-After), or
 *     {@code null}
 */
public record RefreshOutcome(
        long feedId,
        String url,
        Status status,
        int inserted,
        int updated,
        String error,
        Instant nextCheckAt,
        Integer httpStatus,
        Duration retryAfter) {

    public enum Status {
        /** A document was fetched and stored (possibly without anything new). */
        UPDATED,
        /** The server said nothing changed (304). */
        NOT_MODIFIED,
        /** Fetching or parsing failed; see {@code error}. */
        FAILED,
        /**
         * Not checked: the feed's host asked to be left alone until {@code nextCheckAt} (a 429 or
         * 503 with Retry-After for another of its feeds). Nothing was recorded.
         */
        DEFERRED
    }

    /** The outcome for a feed left alone because its host asked for a pause until {@code until}. */
    static RefreshOutcome deferred(PollTarget target, Instant until) {
        return new RefreshOutcome(target.feedId(), target.url(), Status.DEFERRED, 0, 0,
                "not checked: " + HostLimits.hostOf(target.url()) + " asked to be left alone until " + until,
                until, null, null);
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
