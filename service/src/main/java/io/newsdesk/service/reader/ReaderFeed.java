package io.newsdesk.service.reader;

import io.newsdesk.domain.Feed;
import io.newsdesk.store.FeedSummary;
import java.time.Instant;

/**
 * A feed a user subscribes to, with what reader apps show of it beyond {@link FeedSummary}.
 *
 * @param summary the feed as the user sees it, with its counts
 * @param categoryId the id of the category it is filed under, or {@code null} for none
 * @param newestEntryAt when it last received a new entry, or {@code null} when it has none
 */
public record ReaderFeed(FeedSummary summary, Long categoryId, Instant newestEntryAt) {

    public Feed feed() {
        return summary.feed();
    }

    public long id() {
        return summary.feed().id();
    }
}
