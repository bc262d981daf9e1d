package io.newsdesk.store;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Whether the article pages of a feed's new entries are fetched for their full text. */
public enum FullTextMode {
    /** Fetched when the feed's entries are teasers; Newsdesk decides from its recent entries. */
    AUTO,
    /** Always fetched. */
    ON,
    /** Never fetched. */
    OFF;

    /** The value stored in the database and used in JSON and on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The mode written as {@code code} (any case, surrounding blanks ignored).
     *
     * @throws IllegalArgumentException naming the values that are accepted
     */
    public static FullTextMode fromCode(String code) {
        String wanted = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        for (FullTextMode mode : values()) {
            if (mode.code().equals(wanted)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("full text must be one of " + codes() + ", not '" + code + "'");
    }

    /** The accepted codes, for messages: "auto, on, off". */
    public static String codes() {
        return Arrays.stream(values()).map(FullTextMode::code).collect(Collectors.joining(", "));
    }
}
