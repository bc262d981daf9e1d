package io.newsdesk.domain;

import java.time.Instant;

/**
 * An entry as stored, seen by one user: identity, the feed it belongs to and that user's reading
 * state around the content.
 *
 * @param id the entry's identifier
 * @param feedId the feed it belongs to
 * @param feedTitle that feed's title, as the user sees it
 * @param entry the content
 * @param read whether the user has read it
 * @param starred whether the user starred it
 * @param createdAt when Newsdesk first stored it
 * @param changedAt when its content last changed
 */
public record StoredEntry(
        long id,
        long feedId,
        String feedTitle,
        Entry entry,
        boolean read,
        boolean starred,
        Instant createdAt,
        Instant changedAt) {}
