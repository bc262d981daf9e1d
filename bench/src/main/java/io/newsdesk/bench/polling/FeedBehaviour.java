package io.newsdesk.bench.polling;

/** How one served feed answers, the mix of which makes a realistic refresh cycle. */
public enum FeedBehaviour {
    /** 200 at once with the feed (304 to a conditional request when it did not change). */
    FRESH("fresh"),
    /** Like {@link #FRESH}, after a delay: a slow site. */
    SLOW("slow"),
    /** 404 Not Found. */
    NOT_FOUND("not-found"),
    /** 500 Internal Server Error. */
    SERVER_ERROR("server-error"),
    /** 410 Gone: the poller disables the feed. */
    GONE("gone"),
    /** Never answers: the poller gives up when its idle timeout strikes, and the server sees it hang up. */
    TIMEOUT("timeout");

    private final String label;

    FeedBehaviour(String label) {
        this.label = label;
    }

    /** The name used on the command line and in the report. */
    public String label() {
        return label;
    }

    /** Whether the feed serves a document. */
    boolean servesFeed() {
        return this == FRESH || this == SLOW;
    }

    /** The label's behaviour, or {@code null}. */
    static FeedBehaviour byLabel(String label) {
        for (FeedBehaviour behaviour : values()) {
            if (behaviour.label.equals(label)) {
                return behaviour;
            }
        }
        return null;
    }
}
