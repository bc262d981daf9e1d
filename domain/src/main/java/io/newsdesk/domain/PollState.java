package io.newsdesk.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * Where polling of one feed stands: when it was last checked, what happened, when it is due.
 *
 * @param lastCheckedAt when the feed was last fetched, or {@code null} if never
 * @param nextCheckAt when the poller will fetch it next
 * @param interval the current polling interval (adapts to the feed's activity and errors)
 * @param errorCount consecutive failed checks; 0 after a success
 * @param lastError the last failure's message, or {@code null} after a success
 * @param lastStatus the last HTTP status, or {@code null}
 * @param etag the validator for conditional GET, or {@code null}
 * @param lastModified the Last-Modified validator for conditional GET, or {@code null}
 * @param disabled {@code true} when polling stopped (for example after 410 Gone)
 */
public record PollState(
        Instant lastCheckedAt,
        Instant nextCheckAt,
        Duration interval,
        int errorCount,
        String lastError,
        Integer lastStatus,
        String etag,
        String lastModified,
        boolean disabled) {}
