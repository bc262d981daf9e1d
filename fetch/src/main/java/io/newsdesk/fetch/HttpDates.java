package io.newsdesk.fetch;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Parses HTTP-dates in the three formats RFC 9110 section 5.6.7 requires recipients to accept. */
final class HttpDates {

    private static final List<DateTimeFormatter> FORMATS = List.of(
            // IMF-fixdate: Sun, 06 Nov 1994 08:49:37 GMT
            DateTimeFormatter.RFC_1123_DATE_TIME,
            // Obsolete RFC 850: Sunday, 06-Nov-94 08:49:37 GMT (two-digit years read as 1970-2069)
            new DateTimeFormatterBuilder()
                    .appendPattern("EEEE, dd-MMM-")
                    .appendValueReduced(ChronoField.YEAR, 2, 2, 1970)
                    .appendPattern(" HH:mm:ss 'GMT'")
                    .toFormatter(Locale.US)
                    .withZone(ZoneOffset.UTC),
            // ANSI C asctime(): Sun Nov  6 08:49:37 1994
            DateTimeFormatter.ofPattern("EEE MMM ppd HH:mm:ss yyyy", Locale.US).withZone(ZoneOffset.UTC));

    private HttpDates() {}

    /** Returns the instant, or empty when the value is not an HTTP-date. */
    static Optional<Instant> parse(String value) {
        String text = value.strip();
        for (DateTimeFormatter format : FORMATS) {
            try {
                return Optional.of(format.parse(text, Instant::from));
            } catch (DateTimeParseException e) {
                // Not this format; try the next.
            }
        }
        return Optional.empty();
    }
}
