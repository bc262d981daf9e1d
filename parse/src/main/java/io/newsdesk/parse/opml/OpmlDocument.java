package io.newsdesk.parse.opml;

import java.util.List;

/**
 * A subscription list.
 *
 * @param title the list's title, or {@code null}
 * @param feeds the subscriptions in document order, without duplicates
 */
public record OpmlDocument(String title, List<OpmlFeed> feeds) {
    public OpmlDocument {
        feeds = feeds == null ? List.of() : List.copyOf(feeds);
    }
}
