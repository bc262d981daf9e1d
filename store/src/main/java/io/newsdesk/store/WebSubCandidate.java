package io.newsdesk.store;

/**
 * A feed to examine for a WebSub hub.
 *
 * @param feedId the feed
 * @param url where it is fetched from
 */
public record WebSubCandidate(long feedId, String url) {}
