package io.newsdesk.extract;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the dates pages state in metadata. ISO 8601 in its many real-world spellings is by far the
 * most common ("2019-11-19T08:03:00.000Z", "2019-11-19 08:03:00", "2019-11-19T08:03:00+0000",
 * "2019-11-19"); RFC 1123 and Unix epoch values also occur. Values without an offset are taken as
 * UTC, since nothing better is known.
 */
final class DateValues {

    private static final DateTimeFormatter ISO = new DateTimeFormatterBuilder()
            .parseCaseInsensitive()
            .append(DateTimeFormatter.ISO_LOCAL_DATE)
            .optionalStart()
            .appendLiteral('T')
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart()
            .appendOffsetId()
            .optionalEnd()
            .optionalEnd()
            .toFormatter(Locale.ROOT);

    private static final Pattern OFFSET_WITHOUT_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
    private static final Pattern OFFSET_HOURS_ONLY = Pattern.compile("(T[\\d:.]+[+-]\\d{2})$");
    private static final Pattern NAMED_UTC = Pattern.compile("\\s*(?:UTC|GMT)$");

    private DateValues() {}

    /** @return the instant, or {@code null} when the value is not a date this reads */
    static Instant parse(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        if (text.length() < 8) {
            return null;
        }
        if (isDigits(text)) {
            return epoch(text);
        }
        if (text.length() >= 10 && isDigits(text.substring(0, 4)) && text.charAt(4) == '-') {
            return iso(text);
        }
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        } catch (DateTimeParseException notRfc1123) {
            return null;
        }
    }

    private static Instant iso(String text) {
        String normalized = text;
        if (normalized.length() > 10 && normalized.charAt(10) == ' ') {
            normalized = normalized.substring(0, 10) + 'T' + normalized.substring(11);
        }
        normalized = NAMED_UTC.matcher(normalized).replaceFirst("Z");
        normalized = OFFSET_WITHOUT_COLON.matcher(normalized).replaceFirst("$1:$2");
        normalized = OFFSET_HOURS_ONLY.matcher(normalized).replaceFirst("$1:00");
        try {
            TemporalAccessor parsed = ISO.parseBest(
                    normalized, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
            return switch (parsed) {
                case OffsetDateTime offset -> offset.toInstant();
                case LocalDateTime local -> local.toInstant(ZoneOffset.UTC);
                case LocalDate date -> date.atStartOfDay(ZoneOffset.UTC).toInstant();
                default -> null;
            };
        } catch (DateTimeParseException notIso) {
            return null;
        }
    }

    /** Seconds (10 digits) or milliseconds (13 digits) since the epoch; other lengths are not. */
    private static Instant epoch(String digits) {
        return switch (digits.length()) {
            case 10 -> Instant.ofEpochSecond(Long.parseLong(digits));
            case 13 -> Instant.ofEpochMilli(Long.parseLong(digits));
            default -> null;
        };
    }

    private static boolean isDigits(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
