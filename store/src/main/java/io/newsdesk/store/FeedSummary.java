package io.newsdesk.store;

import io.newsdesk.domain.Feed;

/**
 * A subscribed feed with its entry counts for one user.
 *
 * @param feed the feed as the user sees it
 * @param unread how many of its entries the user has not read
 * @param total how many entries it has
 */
public record FeedSummary(Feed feed, int unread, int total) {}
