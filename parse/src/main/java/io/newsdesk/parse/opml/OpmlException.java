package io.newsdesk.parse.opml;

/** A document is not a usable OPML subscription list; the message says why ("OPML without any feed"). */
public class OpmlException extends Exception {

    public OpmlException(String message) {
        super(message);
    }

    public OpmlException(String message, Throwable cause) {
        super(message, cause);
    }
}
