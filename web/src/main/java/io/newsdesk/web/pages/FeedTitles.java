package io.newsdesk.web.pages;

import io.newsdesk.domain.Feed;

/** How a feed is named in browser tab titles and notices: its title, or its URL when it has none. */
final class FeedTitles {

    private FeedTitles() {}

    static String of(Feed feed) {
        String title = feed.title();
        return title == null || title.isBlank() ? feed.url() : title.strip();
    }
}
