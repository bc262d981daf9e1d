package io.newsdesk.parse.date;

import io.newsdesk.domain.DatePrecision;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ISO 8601 and its W3CDTF profile, as Atom and Dublin Core use them, with the liberties feeds
 * take: a space for the {@code T}, no separators, fractions of any length, an offset with or
 * without a colon or minutes, a missing offset (read as UTC).
 */
final class IsoDates {

    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})(?:-?(\\d{2})(?:-?(\\d{2})"
                    + "(?:[Tt ]\\s*(\\d{2}):?(\\d{2})(?::?(\\d{1,2})(?:[.,](\\d+))?)?"
                    + "\\s*([Zz]|UTC|GMT|[+-]\\d{2}(?::?\\d{2})?)?)?)?)?");

    private IsoDates() {}

    static Optional<ParsedDate> parse(String text) {
        Matcher m = ISO.matcher(text);
        if (!m.matches() && !(m.lookingAt() && m.group(3) != null && Character.isWhitespace(text.charAt(m.end())))) {
            // A full date followed by garbage is still a date; "2004 Jan 01" is not the year 2004.
            return Optional.empty();
        }
        try {
            int year = Integer.parseInt(m.group(1));
            if (m.group(2) == null) {
                return Optional.of(at(LocalDate.of(year, 1, 1).atStartOfDay(), DatePrecision.YEAR));
            }
            int month = Integer.parseInt(m.group(2));
            if (m.group(3) == null) {
                return Optional.of(at(LocalDate.of(year, month, 1).atStartOfDay(), DatePrecision.MONTH));
            }
            LocalDate date = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
            if (m.group(4) == null) {
                return Optional.of(at(date.atStartOfDay(), DatePrecision.DAY));
            }
            int hour = Integer.parseInt(m.group(4));
            int minute = Integer.parseInt(m.group(5));
            int second = m.group(6) == null ? 0 : Math.min(59, Integer.parseInt(m.group(6)));
            int nanos = m.group(7) == null ? 0 : fractionToNanos(m.group(7));
            LocalDateTime local = hour == 24 && minute == 0 && second == 0
                    ? date.plusDays(1).atStartOfDay()
                    : date.atTime(LocalTime.of(hour, minute, second, nanos));
            ZoneOffset offset = offset(m.group(8));
            return Optional.of(new ParsedDate(local.toInstant(offset), DatePrecision.SECOND));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static ParsedDate at(LocalDateTime start, DatePrecision precision) {
        return new ParsedDate(start.toInstant(ZoneOffset.UTC), precision);
    }

    private static int fractionToNanos(String digits) {
        String nine = (digits + "000000000").substring(0, 9);
        return Integer.parseInt(nine);
    }

    private static ZoneOffset offset(String zone) {
        if (zone == null || zone.equalsIgnoreCase("Z") || zone.equals("UTC") || zone.equals("GMT")) {
            return ZoneOffset.UTC;
        }
        String digits = zone.substring(1).replace(":", "");
        int hours = Integer.parseInt(digits.substring(0, 2));
        int minutes = digits.length() >= 4 ? Integer.parseInt(digits.substring(2, 4)) : 0;
        int sign = zone.charAt(0) == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
    }
}
