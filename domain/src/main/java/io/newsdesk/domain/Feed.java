package io.newsdesk.domain;

import java.time.Instant;

/**
 * A feed as a subscriber sees it. The feed itself (URL, polling) is shared by all its subscribers;
 * title and category are the subscriber's own.
 *
 * @param id the feed's identifier
 * @param url where the feed is fetched from; for local feeds a {@code local:} URI
 * @param title the subscriber's title for it (defaults to the feed's own)
 * @param siteUrl the site's home page, or {@code null}
 * @param description the channel description, or {@code null}
 * @param category the subscriber's category name, or {@code null}
 * @param format the format last seen, or {@code null} before the first fetch
 * @param local {@code true} for feeds that hold imported entries and are never polled
 * @param poll polling state
 * @param createdAt when the feed was added
 */
public record Feed(
        long id,
        String url,
        String title,
        String siteUrl,
        String description,
        String category,
        FeedFormat format,
        boolean local,
        PollState poll,
        Instant createdAt) {}
