package io.newsdesk.parse.detail;

import io.newsdesk.parse.date.ParsedDate;
import java.util.Objects;

/**
 * A date as the feed wrote it, and what it means.
 *
 * @param text the date as written, trimmed
 * @param parsed the instant and its precision, or {@code null} when the text is not a readable date
 */
public record DateValue(String text, ParsedDate parsed) {
    public DateValue {
        Objects.requireNonNull(text, "text");
    }
}
