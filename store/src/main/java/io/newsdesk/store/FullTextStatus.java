package io.newsdesk.store;

import java.util.Locale;

/** Where the full text of one entry stands. */
public enum FullTextStatus {
    /** Waiting for its first attempt. */
    PENDING,
    /** An attempt failed; another is scheduled. */
    RETRYING,
    /** The page was fetched and its article extracted. */
    FETCHED,
    /** Given up: the last failure is recorded, and the entry keeps its teaser. */
    FAILED;

    /** The value stored in the database and shown in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The status stored as {@code code}.
     *
     * @throws IllegalArgumentException for a code this version does not know
     */
    public static FullTextStatus fromCode(String code) {
        for (FullTextStatus status : values()) {
            if (status.code().equals(code)) {
                return status;
            }
        }
        throw new IllegalArgumentException("unknown full-text status '" + code + "'");
    }

    /** Whether the worker still has something to do for the entry. */
    public boolean waiting() {
        return this == PENDING || this == RETRYING;
    }
}
