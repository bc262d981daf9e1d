package io.newsdesk.fetch;

import java.io.IOException;

/** Raised when a body, compressed or decoded, exceeds the size limit. */
final class BodyTooLargeException extends IOException {

    BodyTooLargeException(long limit) {
        super("response larger than " + Quantities.bytes(limit));
    }
}
