package io.newsdesk.store;

import java.util.Locale;

/** Where a WebSub subscription stands with its hub. */
public enum WebSubState {
    /** Requested; the hub has not confirmed it yet. */
    PENDING,
    /** Confirmed by the hub and within its lease: the hub pushes new content. */
    ACTIVE,
    /** The hub refused it; the feed is polled as if it had no hub. */
    DENIED,
    /** The lease ran out before a renewal was confirmed; being requested again. */
    EXPIRED,
    /** No longer wanted (the feed was removed or moved hubs); the hub is being told to stop. */
    UNSUBSCRIBING;

    /** The value stored in the database and shown in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The state stored as {@code code}.
     *
     * @throws IllegalArgumentException for a code this version does not know
     */
    public static WebSubState fromCode(String code) {
        for (WebSubState state : values()) {
            if (state.code().equals(code)) {
                return state;
            }
        }
        throw new IllegalArgumentException("unknown WebSub subscription state '" + code + "'");
    }
}
