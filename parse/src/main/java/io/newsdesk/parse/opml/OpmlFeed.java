package io.newsdesk.parse.opml;

import java.util.Objects;

/**
 * One subscription in an OPML list.
 *
 * @param xmlUrl the feed's URL
 * @param title the subscriber's title for it, or {@code null}
 * @param htmlUrl the site's home page, or {@code null}
 * @param category the folder it is filed under, or {@code null}
 */
public record OpmlFeed(String xmlUrl, String title, String htmlUrl, String category) {
    public OpmlFeed {
        Objects.requireNonNull(xmlUrl, "xmlUrl");
    }
}
