package io.newsdesk.web.ui;

import java.util.Locale;
import java.util.Objects;

/**
 * A message shown once at the top of a page, typically after a form's POST redirected back
 * ("Feed added").
 *
 * @param kind how the message is styled and announced
 * @param message the text, plain
 */
public record Notice(Kind kind, String message) {

    /** A notice's tone. Warnings and errors are announced at once to screen-reader users. */
    public enum Kind {
        SUCCESS,
        INFO,
        WARNING,
        ERROR;

        /** The lower-case name used in CSS class names. */
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public Notice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    /** A notice that something worked ("Feed added"). */
    public static Notice success(String message) {
        return new Notice(Kind.SUCCESS, message);
    }

    /** A neutral notice ("Nothing new in City Desk"). */
    public static Notice info(String message) {
        return new Notice(Kind.INFO, message);
    }

    /** A notice that something partly failed and may need the reader. */
    public static Notice warning(String message) {
        return new Notice(Kind.WARNING, message);
    }

    /** A notice that something failed. */
    public static Notice error(String message) {
        return new Notice(Kind.ERROR, message);
    }

    /** {@code true} for kinds that interrupt (ARIA role "alert") rather than wait ("status"). */
    public boolean urgent() {
        return kind == Kind.WARNING || kind == Kind.ERROR;
    }

    /**
     * The outcome of an OPML import: "3 feeds imported, 1 failed", as a success when nothing
     * failed, a warning when some failed and an error when all did.
     */
    public static Notice opmlImported(int imported, int failed) {
        if (imported == 0 && failed == 0) {
            return info("The file held no feeds to import.");
        }
        String text = Plural.of(imported, "feed") + " imported";
        if (failed == 0) {
            return success(text);
        }
        text += ", " + failed + " failed";
        return imported == 0 ? error(text) : warning(text);
    }
}
