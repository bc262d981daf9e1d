package io.newsdesk.store;

/**
 * What a user chose for one of their subscriptions, as stored: unlike {@link
 * io.newsdesk.domain.Feed#title()}, the title is only the user's own, so that it can be kept or
 * changed without freezing the feed's current title into it.
 *
 * @param title the user's title for the feed, or {@code null} to show the feed's own
 * @param category the category it is filed under, or {@code null}
 */
public record SubscriptionSettings(String title, String category) {}
