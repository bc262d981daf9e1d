package io.newsdesk.service.feeds;

import io.newsdesk.domain.Feed;
import io.newsdesk.domain.PollState;
import io.newsdesk.store.DueFeed;
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
        long feedId, String url, String etag, String lastModified, Duration interval, int errorCount) {

    /** The next check of a feed as its subscriber sees it (a manual refresh). */
    public static PollTarget of(Feed feed) {
        PollState poll = feed.poll();
        return new PollTarget(feed.id(), feed.url(), poll.etag(), poll.lastModified(), poll.interval(), poll.errorCount());
    }

    /** The next check of a feed the poller found due. */
    public static PollTarget of(DueFeed feed) {
        return new PollTarget(feed.id(), feed.url(), feed.etag(), feed.lastModified(), feed.interval(), feed.errorCount());
    }

    /** The first check of a feed just subscribed to. */
    public static PollTarget first(long feedId, String url) {
        return new PollTarget(feedId, url, null, null, null, 0);
    }
}
