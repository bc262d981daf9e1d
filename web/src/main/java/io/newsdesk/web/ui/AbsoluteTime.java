package io.newsdesk.web.ui;

import io.newsdesk.domain.DatePrecision;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;

/**
 * Writes a time as a calendar date at the precision it is known: "28 Nov 2026, 14:05",
 * "28 Nov 2026", "December 2025" or "2025", and the matching machine-readable form for an HTML
 * {@code <time datetime>} attribute.
 *
 * <p>Only exact times ({@link DatePrecision#SECOND}) are shown in the reader's zone. A coarser
 * time names a calendar day, month or year, which is stored as its start in UTC; shifting it into
 * a zone west of UTC would show the day before, so it is written in UTC.
 */
public final class AbsoluteTime {

    private static final DateTimeFormatter DATE_AND_TIME =
            DateTimeFormatter.ofPattern("d MMM uuuu, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
    private static final DateTimeFormatter YEAR = DateTimeFormatter.ofPattern("uuuu", Locale.ENGLISH);

    private static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT);
    private static final DateTimeFormatter ISO_MONTH = DateTimeFormatter.ofPattern("uuuu-MM", Locale.ROOT);

    private AbsoluteTime() {}

    /**
     * Writes {@code instant} for people.
     *
     * @param instant the time to write
     * @param precision how precisely it is known; {@code null} is taken as
     *     {@link DatePrecision#SECOND}
     * @param zone the reader's zone, used for exact times
     * @return for example "28 Nov 2026, 14:05", "28 Nov 2026", "December 2025" or "2025"
     */
    public static String format(Instant instant, DatePrecision precision, ZoneId zone) {
        Objects.requireNonNull(instant, "instant");
        Objects.requireNonNull(zone, "zone");
        return switch (known(precision)) {
            case SECOND -> DATE_AND_TIME.format(instant.atZone(zone));
            case DAY -> DATE.format(instant.atOffset(ZoneOffset.UTC));
            case MONTH -> MONTH.format(instant.atOffset(ZoneOffset.UTC));
            case YEAR -> YEAR.format(instant.atOffset(ZoneOffset.UTC));
        };
    }

    /**
     * Writes {@code instant} as a valid HTML {@code datetime} value at its precision: a global date
     * and time ("2026-11-28T14:05:00Z"), a date ("2026-11-28"), a month ("2026-11") or a year
     * ("2026").
     */
    public static String machineReadable(Instant instant, DatePrecision precision) {
        Objects.requireNonNull(instant, "instant");
        return switch (known(precision)) {
            case SECOND -> DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.SECONDS));
            case DAY -> ISO_DATE.format(instant.atOffset(ZoneOffset.UTC));
            case MONTH -> ISO_MONTH.format(instant.atOffset(ZoneOffset.UTC));
            case YEAR -> YEAR.format(instant.atOffset(ZoneOffset.UTC));
        };
    }

    private static DatePrecision known(DatePrecision precision) {
        return precision == null ? DatePrecision.SECOND : precision;
    }
}
