package io.newsdesk.search;

import java.time.Instant;

/**
 * What the full-text index holds about one stored entry. The database stays the system of record:
 * the index keeps only the text needed to find and highlight an entry, and search results carry
 * entry ids for the caller to load the rest.
 *
 * @param entryId the stored entry's id; indexing the same id again replaces the earlier document
 * @param feedId the feed the entry belongs to, for feed restrictions and {@link
 *     SearchIndex#deleteFeed(long)}
 * @param title headline, plain text, or {@code null}
 * @param dek standfirst, plain text, or {@code null}
 * @param body the article text as plain text (paragraphs separated by blank lines), or {@code
 *     null}
 * @param source the outlet's name (or the feed's title), or {@code null}
 * @param published when it was published, or {@code null} when unknown (sorts last by date)
 */
public record SearchDocument(
        long entryId,
        long feedId,
        String title,
        String dek,
        String body,
        String source,
        Instant published) {}
