package io.newsdesk.bench.peer;

/** The naive peer could not fetch or read one feed; the feed is counted as failed. */
final class NaiveFeedException extends Exception {

    NaiveFeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
