package io.newsdesk.web.ui;

import io.newsdesk.domain.DatePrecision;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * Describes a time relative to now ("5 minutes ago", "yesterday", "11 months ago") without
 * claiming more precision than is known: a date known only to the month is described in months
 * or years, never in days.
 *
 * <p>Times in the future (feeds with skewed clocks, scheduled polls) read "in 3 days"; a time up
 * to a minute ahead still reads "just now", since that is clock skew rather than a future event.
 * Calendar comparisons (days, months, years) use UTC, the zone in which dates of coarse
 * precision are stored.
 */
public final class RelativeTime {

    private static final long MINUTE = 60;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    /** Beyond this many days an age reads in months: "34 days ago" is harder to grasp. */
    private static final long DAYS_BEFORE_MONTHS = 30;

    private RelativeTime() {}

    /**
     * Describes {@code then} relative to {@code now}.
     *
     * @param then the time to describe
     * @param precision how precisely {@code then} is known; {@code null} is taken as
     *     {@link DatePrecision#SECOND}, as the domain model does
     * @param now the reference time
     * @return an English phrase such as "3 hours ago", "yesterday", "last month" or "in 2 days"
     */
    public static String format(Instant then, DatePrecision precision, Instant now) {
        Objects.requireNonNull(then, "then");
        Objects.requireNonNull(now, "now");
        DatePrecision known = precision == null ? DatePrecision.SECOND : precision;
        return switch (known) {
            case SECOND -> fromElapsedTime(then, now);
            case DAY -> fromCalendarDays(utcDate(then), utcDate(now));
            case MONTH -> fromCalendarMonths(YearMonth.from(utcDate(then)), YearMonth.from(utcDate(now)));
            case YEAR -> fromCalendarYears(utcDate(then).getYear(), utcDate(now).getYear());
        };
    }

    private static String fromElapsedTime(Instant then, Instant now) {
        Duration elapsed = Duration.between(then, now);
        boolean future = elapsed.isNegative();
        long seconds = elapsed.abs().getSeconds();
        if (seconds < MINUTE) {
            return "just now";
        }
        if (seconds < HOUR) {
            return phrase(seconds / MINUTE, "minute", future);
        }
        if (seconds < DAY) {
            return phrase(seconds / HOUR, "hour", future);
        }
        long days = seconds / DAY;
        if (days == 1) {
            return future ? "tomorrow" : "yesterday";
        }
        if (days < DAYS_BEFORE_MONTHS) {
            return phrase(days, "day", future);
        }
        Instant earlier = future ? now : then;
        Instant later = future ? then : now;
        long months = ChronoUnit.MONTHS.between(
                earlier.atOffset(ZoneOffset.UTC), later.atOffset(ZoneOffset.UTC));
        return monthsOrYears(Math.max(1, months), future);
    }

    private static String fromCalendarDays(LocalDate then, LocalDate today) {
        long days = ChronoUnit.DAYS.between(then, today);
        boolean future = days < 0;
        long distance = Math.abs(days);
        if (distance == 0) {
            return "today";
        }
        if (distance == 1) {
            return future ? "tomorrow" : "yesterday";
        }
        if (distance < DAYS_BEFORE_MONTHS) {
            return phrase(distance, "day", future);
        }
        long months = Math.abs(ChronoUnit.MONTHS.between(then, today));
        return monthsOrYears(Math.max(1, months), future);
    }

    private static String fromCalendarMonths(YearMonth then, YearMonth thisMonth) {
        long months = ChronoUnit.MONTHS.between(then, thisMonth);
        boolean future = months < 0;
        long distance = Math.abs(months);
        if (distance == 0) {
            return "this month";
        }
        if (distance == 1) {
            return future ? "next month" : "last month";
        }
        return monthsOrYears(distance, future);
    }

    private static String fromCalendarYears(int then, int thisYear) {
        long years = (long) thisYear - then;
        boolean future = years < 0;
        long distance = Math.abs(years);
        if (distance == 0) {
            return "this year";
        }
        if (distance == 1) {
            return future ? "next year" : "last year";
        }
        return phrase(distance, "year", future);
    }

    private static String monthsOrYears(long months, boolean future) {
        return months < 12 ? phrase(months, "month", future) : phrase(months / 12, "year", future);
    }

    private static String phrase(long count, String unit, boolean future) {
        String amount = Plural.of(count, unit);
        return future ? "in " + amount : amount + " ago";
    }

    private static LocalDate utcDate(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
