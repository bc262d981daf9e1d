package io.newsdesk.fetch;

import java.net.UnknownHostException;

/** Raised inside the HTTP client when a host name cannot be resolved, with a message for the user. */
final class HostResolutionException extends UnknownHostException {

    HostResolutionException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }
}
