package io.newsdesk.parse.detail;

import java.util.Objects;

/**
 * Something wrong with a feed document that the parser worked around.
 *
 * @param kind what sort of fault it is
 * @param message what was wrong and what was done about it, in words a user can act on
 */
public record Problem(Kind kind, String message) {

    /** The sorts of fault. */
    public enum Kind {
        /** The document is not well-formed XML (or JSON) and was repaired or read leniently. */
        MALFORMED,
        /** The declared character encoding was wrong, unknown or missing, and another was used. */
        ENCODING,
        /** The server labelled the document as something other than XML. */
        CONTENT_TYPE,
        /** The markup was fine, but a value was unusable or a limit was reached (a date, a cut text). */
        DATA;

        /** {@code true} for the kinds that make a document ill-formed (feedparser's "bozo"). */
        public boolean illFormed() {
            return this != DATA;
        }
    }

    public Problem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }
}
