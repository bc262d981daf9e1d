package io.newsdesk.service.feeds;

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
 * @param error what went wrong, for {@link Status#FAILED}
 * @param nextCheckAt when the feed will be checked again, or {@code null} when the check was
 *     interrupted (shutting down) and nothing was recorded
 */
public record RefreshOutcome(
        long feedId, String url, Status status, int inserted, int updated, String error, Instant nextCheckAt) {

    public enum Status {
        /** A document was fetched and stored (possibly without anything new). */
        UPDATED,
        /** The server said nothing changed (304). */
        NOT_MODIFIED,
        /** Fetching or parsing failed; see {@code error}. */
        FAILED
    }

    public boolean failed() {
        return status == Status.FAILED;
    }
}
