package io.newsdesk.extract.teaser;

import io.newsdesk.domain.DatePrecision;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The line under an aggregator's headline that says how old the item is ("11 months ago",
 * "3h ago", "yesterday", "Jul 28, 2023"), optionally followed by a count the aggregator shows
 * next to it ("11 months ago 28").
 *
 * <p>A relative age is only as precise as its unit: "11 months ago" says nothing about the day.
 * The time is therefore truncated to the start of that unit in UTC and given the matching
 * {@link DatePrecision}, so that nothing downstream displays or sorts by a day that was never
 * stated.
 *
 * @param published when the item was published, truncated to what the line says
 * @param precision how precisely {@code published} is known
 * @param count the count shown after the age, or {@code null}
 */
record AgeLine(Instant published, DatePrecision precision, Integer count) {

    private static final Pattern RELATIVE =
            Pattern.compile("(\\d{1,4}|an?|one)\\s*([a-z]+)\\.?\\s+ago");

    /** The age, an optional separator, then a count ("1,234" allowed). */
    private static final Pattern WITH_COUNT =
            Pattern.compile("(.+?)\\s*(?:[·•|,–—-]\\s*)?(\\d{1,3}(?:,\\d{3})+|\\d{1,12})");

    private static final Pattern ABBREVIATION_DOT = Pattern.compile("(?<=[a-z])\\.");
    private static final Pattern SEPT = Pattern.compile("\\bsept\\b");

    private static final Map<String, Unit> UNITS = unitWords();

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
                    "MMM d, uuuu", "MMMM d, uuuu", "MMM d uuuu", "MMMM d uuuu", "d MMM uuuu",
                    "d MMMM uuuu", "d MMM, uuuu", "d MMMM, uuuu", "uuuu-MM-dd")
            .stream()
            .map(pattern -> new DateTimeFormatterBuilder()
                    .parseCaseInsensitive()
                    .appendPattern(pattern)
                    .toFormatter(Locale.ENGLISH))
            .toList();

    /** Relative units, with how precise each makes the result and where it truncates. */
    private enum Unit {
        SECONDS(ChronoUnit.SECONDS, DatePrecision.SECOND),
        MINUTES(ChronoUnit.MINUTES, DatePrecision.SECOND),
        HOURS(ChronoUnit.HOURS, DatePrecision.SECOND),
        DAYS(ChronoUnit.DAYS, DatePrecision.DAY),
        WEEKS(ChronoUnit.WEEKS, DatePrecision.DAY),
        MONTHS(ChronoUnit.MONTHS, DatePrecision.MONTH),
        YEARS(ChronoUnit.YEARS, DatePrecision.YEAR);

        final ChronoUnit chronoUnit;
        final DatePrecision precision;

        Unit(ChronoUnit chronoUnit, DatePrecision precision) {
            this.chronoUnit = chronoUnit;
            this.precision = precision;
        }

        /** The start of the unit the time falls in: "3 hours ago" is known to the hour only. */
        ZonedDateTime truncate(ZonedDateTime time) {
            return switch (this) {
                case SECONDS, MINUTES, HOURS, DAYS -> time.truncatedTo(chronoUnit);
                case WEEKS -> time.truncatedTo(ChronoUnit.DAYS);
                case MONTHS -> time.truncatedTo(ChronoUnit.DAYS).withDayOfMonth(1);
                case YEARS -> time.truncatedTo(ChronoUnit.DAYS).withDayOfYear(1);
            };
        }
    }

    /**
     * Reads an age line.
     *
     * @param line one trimmed line of text
     * @param now the moment relative ages count back from
     * @return the age, or empty when the line does not state one
     */
    static Optional<AgeLine> parse(String line, Instant now) {
        String text = line.strip().toLowerCase(Locale.ROOT);
        Optional<AgeLine> whole = age(text, now, null);
        if (whole.isPresent()) {
            return whole;
        }
        Matcher withCount = WITH_COUNT.matcher(text);
        if (!withCount.matches()) {
            return Optional.empty();
        }
        return age(withCount.group(1), now, count(withCount.group(2)));
    }

    private static Optional<AgeLine> age(String text, Instant now, Integer count) {
        ZonedDateTime utcNow = now.atZone(ZoneOffset.UTC);
        switch (text) {
            case "just now", "now", "moments ago", "a moment ago" -> {
                return Optional.of(at(Unit.SECONDS.truncate(utcNow), Unit.SECONDS, count));
            }
            case "today" -> {
                return Optional.of(at(Unit.DAYS.truncate(utcNow), Unit.DAYS, count));
            }
            case "yesterday" -> {
                return Optional.of(at(Unit.DAYS.truncate(utcNow.minusDays(1)), Unit.DAYS, count));
            }
            default -> {
                // handled below
            }
        }
        Matcher relative = RELATIVE.matcher(text);
        if (relative.matches()) {
            Unit unit = UNITS.get(relative.group(2));
            if (unit == null) {
                return Optional.empty();
            }
            long amount = amount(relative.group(1));
            ZonedDateTime then = unit.truncate(utcNow.minus(amount, unit.chronoUnit));
            return Optional.of(at(then, unit, count));
        }
        return absoluteDate(text).map(date -> new AgeLine(
                date.atStartOfDay(ZoneOffset.UTC).toInstant(), DatePrecision.DAY, count));
    }

    private static AgeLine at(ZonedDateTime time, Unit unit, Integer count) {
        return new AgeLine(time.toInstant(), unit.precision, count);
    }

    private static long amount(String word) {
        return switch (word) {
            case "a", "an", "one" -> 1;
            default -> Long.parseLong(word);
        };
    }

    private static Optional<LocalDate> absoluteDate(String text) {
        // "Sept." and "Jul." are common in print style; the formatters know "Sep" and "Jul".
        String cleaned = SEPT.matcher(ABBREVIATION_DOT.matcher(text).replaceAll("")).replaceAll("sep");
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return Optional.of(LocalDate.parse(cleaned, format));
            } catch (DateTimeParseException notThisFormat) {
                // try the next one
            }
        }
        return Optional.empty();
    }

    /** A count too large for an {@code Integer} is no count an aggregator shows: dropped. */
    private static Integer count(String digits) {
        long value = Long.parseLong(digits.replace(",", ""));
        return value <= Integer.MAX_VALUE ? (int) value : null;
    }

    private static Map<String, Unit> unitWords() {
        return Map.ofEntries(
                Map.entry("s", Unit.SECONDS), Map.entry("sec", Unit.SECONDS),
                Map.entry("secs", Unit.SECONDS), Map.entry("second", Unit.SECONDS),
                Map.entry("seconds", Unit.SECONDS),
                Map.entry("m", Unit.MINUTES), Map.entry("min", Unit.MINUTES),
                Map.entry("mins", Unit.MINUTES), Map.entry("minute", Unit.MINUTES),
                Map.entry("minutes", Unit.MINUTES),
                Map.entry("h", Unit.HOURS), Map.entry("hr", Unit.HOURS),
                Map.entry("hrs", Unit.HOURS), Map.entry("hour", Unit.HOURS),
                Map.entry("hours", Unit.HOURS),
                Map.entry("d", Unit.DAYS), Map.entry("day", Unit.DAYS),
                Map.entry("days", Unit.DAYS),
                Map.entry("w", Unit.WEEKS), Map.entry("wk", Unit.WEEKS),
                Map.entry("wks", Unit.WEEKS), Map.entry("week", Unit.WEEKS),
                Map.entry("weeks", Unit.WEEKS),
                Map.entry("mo", Unit.MONTHS), Map.entry("mos", Unit.MONTHS),
                Map.entry("mth", Unit.MONTHS), Map.entry("mths", Unit.MONTHS),
                Map.entry("month", Unit.MONTHS), Map.entry("months", Unit.MONTHS),
                Map.entry("y", Unit.YEARS), Map.entry("yr", Unit.YEARS),
                Map.entry("yrs", Unit.YEARS), Map.entry("year", Unit.YEARS),
                Map.entry("years", Unit.YEARS));
    }
}
