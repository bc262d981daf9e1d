package io.newsdesk.store;

import java.time.Instant;

/**
 * An entry whose page is due to be fetched.
 *
 * @param entryId the entry
 * @param feedId its feed
 * @param url the page to fetch
 * @param attempts how many attempts failed so far
 * @param dueAt when it became due; {@link FullTextRepository#claim} takes it only if no one else
 *     has meanwhile
 */
public record FullTextJob(long entryId, long feedId, String url, int attempts, Instant dueAt) {}
