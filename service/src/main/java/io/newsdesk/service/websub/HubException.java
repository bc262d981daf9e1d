package io.newsdesk.service.websub;

/** A request to a hub or a feed that got no usable answer; the message says why, for the feed's status. */
final class HubException extends Exception {

    HubException(String message, Throwable cause) {
        super(message, cause);
    }
}
