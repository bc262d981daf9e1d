package io.newsdesk.parse.date;

import java.util.Optional;

/**
 * Reads the dates feeds write: RFC 822/1123 and its many broken variants, ISO 8601 and W3CDTF,
 * and month names in English, German, French, Spanish, Italian, Dutch and Portuguese.
 *
 * <p>Never throws: a date that cannot be read is empty, and the entry is kept without it.
 */
public final class FeedDates {

    /** Dates longer than this are not dates. */
    private static final int MAX_LENGTH = 200;

    private FeedDates() {}

    /**
     * Parses a date.
     *
     * @param text the date as the feed wrote it; {@code null} or blank gives empty
     * @return the instant and its precision, or empty when the text is not a readable date
     */
    public static Optional<ParsedDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Optional<ParsedDate> canonical = CanonicalDates.parse(trimmed);
        if (canonical.isPresent()) {
            return canonical;
        }
        Optional<ParsedDate> iso = IsoDates.parse(trimmed);
        return iso.isPresent() ? iso : TextualDates.parse(trimmed);
    }
}
