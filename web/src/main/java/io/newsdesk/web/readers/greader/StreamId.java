package io.newsdesk.web.readers.greader;

import io.javalin.http.BadRequestResponse;
import io.newsdesk.web.http.RequestParams;
import io.newsdesk.web.readers.ReaderIds;

/**
 * A Google Reader stream id: which entries a request is about. {@code user/-/…} may also name the
 * user by id ({@code user/1/…}), as Google's own ids did.
 */
sealed interface StreamId {

    String READING_LIST = "user/-/state/com.google/reading-list";
    String STARRED = "user/-/state/com.google/starred";
    String READ = "user/-/state/com.google/read";
    String UNREAD = "user/-/state/com.google/unread";
    String LABEL_PREFIX = "user/-/label/";
    String FEED_PREFIX = "feed/";

    /** Every entry of the user's feeds. */
    record ReadingList() implements StreamId {}

    /** The user's starred entries. */
    record Starred() implements StreamId {}

    /** The entries the user has read. */
    record Read() implements StreamId {}

    /** The entries the user has not read. */
    record Unread() implements StreamId {}

    /** The feeds filed under one of the user's categories, by its name. */
    record Label(String name) implements StreamId {}

    /** One feed, by id ({@code feed/12}). */
    record FeedById(long feedId) implements StreamId {}

    /** One feed, by its URL ({@code feed/https://…}), as some clients subscribe and address feeds. */
    record FeedByUrl(String url) implements StreamId {}

    /**
     * Reads a stream id.
     *
     * @param userId whose own id may stand in for {@code -} after {@code user/}
     * @throws BadRequestResponse when it is not a stream id this server knows
     */
    static StreamId parse(String raw, long userId) {
        String id = raw == null ? "" : raw.strip();
        String own = "user/" + userId + "/";
        if (id.startsWith(own)) {
            id = "user/-/" + id.substring(own.length());
        }
        switch (id) {
            case READING_LIST -> {
                return new ReadingList();
            }
            case STARRED -> {
                return new Starred();
            }
            case READ -> {
                return new Read();
            }
            case UNREAD -> {
                return new Unread();
            }
            default -> { }
        }
        if (id.startsWith(LABEL_PREFIX) && id.length() > LABEL_PREFIX.length()) {
            return new Label(id.substring(LABEL_PREFIX.length()));
        }
        if (id.startsWith(FEED_PREFIX) && id.length() > FEED_PREFIX.length()) {
            String feed = id.substring(FEED_PREFIX.length());
            if (feed.chars().allMatch(Character::isDigit)) {
                return new FeedById(ReaderIds.id("stream id", feed, Long.MAX_VALUE));
            }
            return new FeedByUrl(feed);
        }
        throw new BadRequestResponse("unknown stream id " + RequestParams.echo(raw) + ": use " + READING_LIST + ", "
                + STARRED + ", " + LABEL_PREFIX + "NAME or " + FEED_PREFIX + "ID");
    }

    /** The stream id of a feed. */
    static String of(long feedId) {
        return FEED_PREFIX + feedId;
    }

    /** The stream id of a category. */
    static String label(String category) {
        return LABEL_PREFIX + category;
    }
}
