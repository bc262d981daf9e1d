package io.newsdesk.web.ui;

/** Where a feed's polling stands, as the feeds page reports it. */
public enum FeedStatus {
    /** The last check succeeded. */
    OK,
    /** Added but not checked yet. */
    NEW,
    /** The last checks failed; polling goes on, backing off. */
    FAILING,
    /** Polling stopped (for example after 410 Gone) until the reader asks again. */
    DISABLED,
    /** Holds imported entries and is never polled. */
    LOCAL
}
