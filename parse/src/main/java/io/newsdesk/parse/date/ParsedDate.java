package io.newsdesk.parse.date;

import io.newsdesk.domain.DatePrecision;
import java.time.Instant;
import java.util.Objects;

/**
 * A point in time read from a feed, and how precisely the feed stated it.
 *
 * @param instant the start of the stated period ({@code 2004-03} is 1 March 2004, 00:00 UTC)
 * @param precision {@link DatePrecision#SECOND} for a time of day, coarser for a date alone
 */
public record ParsedDate(Instant instant, DatePrecision precision) {
    public ParsedDate {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(precision, "precision");
    }
}
