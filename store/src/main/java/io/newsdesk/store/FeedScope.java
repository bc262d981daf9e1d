package io.newsdesk.store;

/**
 * Which of a user's feeds a selection of entries or a "mark as read" covers: all of them, one
 * feed, the feeds filed under one category, or those filed under none. Reader apps address
 * entries this way (a feed, a folder, everything).
 */
public sealed interface FeedScope {

    /** Every feed the user subscribes to. */
    record AllFeeds() implements FeedScope {}

    /** One feed, when the user subscribes to it. */
    record OneFeed(long feedId) implements FeedScope {}

    /** The user's feeds filed under this category of theirs. */
    record OneCategory(long categoryId) implements FeedScope {}

    /** The user's feeds filed under no category. */
    record Uncategorized() implements FeedScope {}

    static FeedScope all() {
        return new AllFeeds();
    }

    static FeedScope feed(long feedId) {
        return new OneFeed(feedId);
    }

    static FeedScope category(long categoryId) {
        return new OneCategory(categoryId);
    }

    static FeedScope uncategorized() {
        return new Uncategorized();
    }
}
