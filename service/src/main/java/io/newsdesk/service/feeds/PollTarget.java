package io.newsdesk.service.feeds;

import java.time.Duration;

/**
 * What a check of one feed needs to know: where it is and what the last check left behind.
 *
 * @param feedId the feed
 * @param url where to fetch it
 * @param etag validator from the last successful fetch, or {@code null}
 * @param lastModified validator from the last successful fetch, or {@code null}
 * @param interval the current polling interval, or {@code null} before the first check
 * @param errorCount consecutive failures so far
 */
public record PollTarget(
        long feedId, String url, String etag, String lastModified, Duration interval, int errorCount) {}
