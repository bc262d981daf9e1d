package io.newsdesk.parse;

/**
 * A document could not be read as a feed. The message says what is wrong in words the person who
 * subscribed can act on: "not a feed: this is an HTML page", "XML error at line 12, column 5: …".
 */
public class FeedParseException extends Exception {

    public FeedParseException(String message) {
        super(message);
    }

    public FeedParseException(String message, Throwable cause) {
        super(message, cause);
    }
}
