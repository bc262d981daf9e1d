package io.newsdesk.cli;

import io.newsdesk.domain.Feed;
import io.newsdesk.domain.PollState;

/** A feed's polling status in a few words, for tables. */
final class FeedStatus {

    private FeedStatus() {}

    static String describe(Feed feed) {
        if (feed.local()) {
            return "local";
        }
        PollState poll = feed.poll();
        if (poll.disabled()) {
            return "disabled";
        }
        if (poll.errorCount() > 0) {
            return "failing (" + poll.errorCount() + ")";
        }
        return poll.lastCheckedAt() == null ? "new" : "ok";
    }
}
