package io.newsdesk.domain;

import java.time.Duration;
import java.util.List;

/**
 * A parsed feed document: the channel's metadata and its entries, in any supported format.
 *
 * @param format the format the document was written in
 * @param title the channel title, plain text
 * @param link the site the feed belongs to (its home page)
 * @param selfUrl the feed's own URL as the document states it, or {@code null}
 * @param description the channel description, plain text, or {@code null}
 * @param language BCP 47 language tag, or {@code null}
 * @param iconUrl an icon or logo, or {@code null}
 * @param ttl how long the publisher asks readers to cache the feed (RSS {@code ttl}), or {@code null}
 * @param entries the entries in document order
 * @param problems what was wrong with the document and recovered from (ill-formed XML, bad dates);
 *     empty for a clean document. Like feedparser's {@code bozo}: non-empty means ill-formed.
 */
public record FeedDocument(
        FeedFormat format,
        String title,
        String link,
        String selfUrl,
        String description,
        String language,
        String iconUrl,
        Duration ttl,
        List<Entry> entries,
        List<String> problems) {

    public FeedDocument {
        entries = entries == null ? List.of() : List.copyOf(entries);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /** {@code true} when the document was not well-formed and had to be recovered. */
    public boolean illFormed() {
        return !problems.isEmpty();
    }
}
