package io.newsdesk.store;

import java.time.Instant;

/**
 * An entry as the search index needs it: the searchable text and the revision it is at.
 *
 * @param id the entry
 * @param feedId its feed
 * @param revision the content revision this text belongs to; pass it back to {@link
 *     EntryRepository#markIndexed}
 * @param title headline, plain text, or {@code null}
 * @param dek standfirst, plain text, or {@code null}
 * @param summary sanitized HTML, or {@code null}
 * @param content sanitized HTML, or {@code null}
 * @param sourceName the outlet's name, or {@code null}
 * @param feedTitle the feed's own title, or {@code null}
 * @param published when it was published, or {@code null}
 * @param fullText the article fetched from the entry's page, plain text, or {@code null}
 */
public record IndexableEntry(
        long id,
        long feedId,
        long revision,
        String title,
        String dek,
        String summary,
        String content,
        String sourceName,
        String feedTitle,
        Instant published,
        String fullText) {}
