package io.newsdesk.store;

import io.newsdesk.domain.Feed;

/**
 * A subscribed feed with its entry counts for one user.
 *
 * @param feed the feed as the user sees it
 * @param unread how many of its entries the user has not read
 * @param total how many entries it has
 * @param websub how push delivery through a WebSub hub stands, or {@code null} when the feed has
 *     no hub subscription
 * @param fullText whether the pages of its new entries are fetched for their full text
 */
public record FeedSummary(Feed feed, int unread, int total, WebSubStatus websub, FullTextSetting fullText) {

    public FeedSummary {
        fullText = fullText == null ? FullTextSetting.UNDECIDED : fullText;
    }

    /** A feed whose full-text setting is the default, not decided yet. */
    public FeedSummary(Feed feed, int unread, int total, WebSubStatus websub) {
        this(feed, unread, total, websub, FullTextSetting.UNDECIDED);
    }
}
