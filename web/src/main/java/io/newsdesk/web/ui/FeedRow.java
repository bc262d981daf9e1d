package io.newsdesk.web.ui;

import io.newsdesk.domain.Feed;
import io.newsdesk.domain.PollState;
import io.newsdesk.store.FullTextSetting;
import java.util.Objects;

/**
 * One feed on the feeds page.
 *
 * @param id the feed's identifier
 * @param title the reader's title for it, or its URL when it has none
 * @param url where it is fetched from (a {@code local:} URI for local feeds)
 * @param siteUrl the site's home page (http or https only), or {@code null}
 * @param category the reader's category, or {@code null}
 * @param unread how many of its entries are unread
 * @param total how many entries it has
 * @param status where its polling stands
 * @param lastChecked when it was last fetched, or {@code null}
 * @param nextCheck when it is due, or {@code null} when it will not be polled
 * @param errorCount consecutive failed checks
 * @param lastError the last failure's message, or {@code null}
 * @param lastHttpStatus the last HTTP status, or {@code null}
 * @param fullText whether the pages of its new entries are fetched for their full text
 */
public record FeedRow(
        long id,
        String title,
        String url,
        String siteUrl,
        String category,
        long unread,
        long total,
        FeedStatus status,
        Timestamp lastChecked,
        Timestamp nextCheck,
        int errorCount,
        String lastError,
        Integer lastHttpStatus,
        FullTextChoice fullText) {

    public FeedRow {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(fullText, "fullText");
    }

    /** Builds the row for a feed whose full-text setting is the default, not decided yet. */
    public static FeedRow from(Feed feed, long unread, long total, TimeContext time) {
        return from(feed, unread, total, FullTextSetting.UNDECIDED, time);
    }

    /**
     * Builds the row for {@code feed} with its full-text setting.
     *
     * @param unread how many of its entries are unread
     * @param total how many entries it has
     * @param time the page's clock, for "checked 5 minutes ago" and "next check in 20 minutes"
     */
    public static FeedRow from(Feed feed, long unread, long total, FullTextSetting fullText, TimeContext time) {
        PollState poll = feed.poll();
        FeedStatus status = status(feed);
        boolean polled = status != FeedStatus.LOCAL && status != FeedStatus.DISABLED;
        return new FeedRow(
                feed.id(),
                EntryDisplay.isBlank(feed.title()) ? feed.url() : feed.title().strip(),
                feed.url(),
                SafeUrl.httpOrNull(feed.siteUrl()),
                EntryDisplay.blankToNull(feed.category()),
                unread,
                total,
                status,
                poll == null ? null : time.stamp(poll.lastCheckedAt(), null),
                poll == null || !polled ? null : time.stamp(poll.nextCheckAt(), null),
                poll == null ? 0 : poll.errorCount(),
                poll == null ? null : EntryDisplay.blankToNull(poll.lastError()),
                poll == null ? null : poll.lastStatus(),
                FullTextChoice.of(fullText));
    }

    private static FeedStatus status(Feed feed) {
        PollState poll = feed.poll();
        if (feed.local()) {
            return FeedStatus.LOCAL;
        }
        if (poll == null) {
            return FeedStatus.NEW;
        }
        if (poll.disabled()) {
            return FeedStatus.DISABLED;
        }
        if (poll.errorCount() > 0) {
            return FeedStatus.FAILING;
        }
        return poll.lastCheckedAt() == null ? FeedStatus.NEW : FeedStatus.OK;
    }

    /** Whether the reader can ask for a check now; local feeds are never fetched. */
    public boolean refreshable() {
        return status != FeedStatus.LOCAL;
    }

    /** Whether the row needs the reader's attention. */
    public boolean failing() {
        return status == FeedStatus.FAILING || status == FeedStatus.DISABLED;
    }

    /** The failure in a sentence: "3 checks failed in a row (HTTP 404)." */
    public String failureSummary() {
        String checks = errorCount <= 1 ? "The last check failed" : errorCount + " checks failed in a row";
        return checks + (lastHttpStatus == null ? "." : " (HTTP " + lastHttpStatus + ").");
    }
}
