package io.newsdesk.store;

import java.time.Instant;

/**
 * A deletion the search index has yet to apply: one entry, or every entry of a feed.
 *
 * @param id the tombstone, to {@link TombstoneRepository#remove remove} once applied
 * @param entryId the deleted entry, or {@code null} when a whole feed was deleted
 * @param feedId the deleted feed, or {@code null} when a single entry was deleted
 * @param createdAt when the deletion happened
 */
public record Tombstone(long id, Long entryId, Long feedId, Instant createdAt) {}
