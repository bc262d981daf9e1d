package io.newsdesk.store;

import java.time.Duration;

/**
 * A feed that is due for a check, with what a conditional GET and the poll policy need.
 *
 * @param id the feed
 * @param url where to fetch it
 * @param etag the ETag of the last response, or {@code null}
 * @param lastModified the Last-Modified of the last response, or {@code null}
 * @param interval the current polling interval, or {@code null} before the first check
 * @param errorCount consecutive failed checks
 */
public record DueFeed(long id, String url, String etag, String lastModified, Duration interval, int errorCount) {}
