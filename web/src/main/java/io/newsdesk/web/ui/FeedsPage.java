package io.newsdesk.web.ui;

import java.util.List;
import java.util.Objects;

/**
 * The feeds page: the reader's subscriptions with their status, the "Add feed" form and OPML
 * import and export.
 *
 * @param layout the shared frame
 * @param feeds the subscriptions, in display order
 * @param addFeed the "Add feed" form's state
 */
public record FeedsPage(Layout layout, List<FeedRow> feeds, AddFeedForm addFeed) {

    public FeedsPage {
        Objects.requireNonNull(layout, "layout");
        feeds = List.copyOf(feeds);
        addFeed = addFeed == null ? AddFeedForm.empty() : addFeed;
    }

    /** The categories in use, sorted case-insensitively, offered as suggestions when adding a feed. */
    public List<String> categories() {
        return feeds.stream()
                .map(FeedRow::category)
                .filter(Objects::nonNull)
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    /** How many feeds fail or were disabled. */
    public long failingCount() {
        return feeds.stream().filter(FeedRow::failing).count();
    }
}
