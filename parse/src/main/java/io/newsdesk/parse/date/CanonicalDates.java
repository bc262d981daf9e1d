package io.newsdesk.parse.date;

import io.newsdesk.domain.DatePrecision;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * The two forms nearly every feed writes its dates in, read directly: RFC 1123 as RSS uses it
 * ({@code Thu, 01 Jan 2004 19:48:21 GMT}, {@code 1 Jan 2004 19:48 +0100}) and RFC 3339 as Atom
 * uses it ({@code 2004-01-01T19:48:21.25+01:00}). Anything that departs from them, however
 * slightly, is left to {@link IsoDates} and {@link TextualDates}, which read every form and give
 * the same result for these; this is only their fast path, for feeds with thousands of dates.
 */
final class CanonicalDates {

    private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    private final String text;
    private int pos;

    private CanonicalDates(String text) {
        this.text = text;
    }

    /**
     * Reads a date written exactly in one of the two forms.
     *
     * @param text the date, trimmed
     * @return the date, or empty when the text is in no canonical form (it may still be a date)
     */
    static Optional<ParsedDate> parse(String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        CanonicalDates reading = new CanonicalDates(text);
        try {
            ParsedDate date = isDigit(text.charAt(0)) && text.length() >= 19 && text.charAt(4) == '-'
                    ? reading.rfc3339()
                    : reading.rfc1123();
            return Optional.ofNullable(date);
        } catch (DateTimeException e) {
            // An impossible day or offset: the general readers decide what that means.
            return Optional.empty();
        }
    }

    /** {@code [Day, ]D[D] Mon YYYY HH:MM[:SS] zone}. */
    private ParsedDate rfc1123() {
        if (pos + 5 <= text.length() && indexOfWord(DAYS, pos) >= 0 && text.startsWith(", ", pos + 3)) {
            pos += 5;
        }
        int day = digits(1, 2);
        int month = skip(' ') ? indexOfWord(MONTHS, pos) + 1 : 0;
        if (day < 1 || month < 1) {
            return null;
        }
        pos += 3;
        int year = skip(' ') ? digits(4, 4) : -1;
        if (year < 1000 || !skip(' ')) {
            return null;
        }
        LocalDateTime local = time(year, month, day, false);
        if (local == null || !skip(' ')) {
            return null;
        }
        ZoneOffset zone = zone();
        return zone == null || pos != text.length() ? null : new ParsedDate(local.toInstant(zone), DatePrecision.SECOND);
    }

    /** {@code YYYY-MM-DDTHH:MM:SS[.fraction][Z|±HH:MM]}; no offset is UTC. */
    private ParsedDate rfc3339() {
        int year = digits(4, 4);
        int month = skip('-') ? digits(2, 2) : -1;
        int day = skip('-') ? digits(2, 2) : -1;
        if (year < 0 || month < 0 || day < 0 || !(skip('T') || skip('t'))) {
            return null;
        }
        LocalDateTime local = time(year, month, day, true);
        if (local == null || pos == text.length() - 1 && !(skip('Z') || skip('z'))) {
            return null;
        }
        ZoneOffset offset = ZoneOffset.UTC;
        if (pos < text.length()) {
            offset = numericOffset(true);
        }
        return offset == null || pos != text.length() ? null : new ParsedDate(local.toInstant(offset), DatePrecision.SECOND);
    }

    /** {@code HH:MM[:SS]}, with a {@code .fraction} after the seconds when {@code fraction}, on the given day. */
    private LocalDateTime time(int year, int month, int day, boolean fraction) {
        int hour = digits(2, 2);
        int minute = skip(':') ? digits(2, 2) : -1;
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return null;
        }
        int second = 0;
        boolean seconds = skip(':');
        if (seconds) {
            second = digits(2, 2);
            if (second < 0 || second > 59) {
                return null;
            }
        }
        int nanos = 0;
        if (fraction && seconds && skip('.')) {
            int start = pos;
            nanos = digits(1, 9);
            if (nanos < 0) {
                return null;
            }
            for (int scale = pos - start; scale < 9; scale++) {
                nanos *= 10;
            }
        }
        return LocalDateTime.of(year, month, day, hour, minute, second, nanos);
    }

    /** A named zone ({@code GMT}, {@code EST}, a military letter) or a numeric offset ({@code +0100}). */
    private ZoneOffset zone() {
        if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
            return numericOffset(false);
        }
        int start = pos;
        while (pos < text.length() && isAsciiLetter(text.charAt(pos))) {
            pos++;
        }
        return pos == start ? null : ZoneNames.offset(text.substring(start, pos));
    }

    /** {@code ±HHMM}, or {@code ±HH:MM} when {@code colon}. */
    private ZoneOffset numericOffset(boolean colon) {
        char sign = text.charAt(pos++);
        if (sign != '+' && sign != '-') {
            return null;
        }
        int hours = digits(2, 2);
        if (colon && !skip(':')) {
            return null;
        }
        int minutes = digits(2, 2);
        if (hours < 0 || minutes < 0 || minutes > 59) {
            return null;
        }
        int direction = sign == '-' ? -1 : 1;
        return ZoneOffset.ofHoursMinutes(direction * hours, direction * minutes);
    }

    /** A number of {@code min} to {@code max} digits at the position, or -1. */
    private int digits(int min, int max) {
        int start = pos;
        int value = 0;
        while (pos < text.length() && pos - start < max && isDigit(text.charAt(pos))) {
            value = value * 10 + (text.charAt(pos++) - '0');
        }
        // No check that a digit does not follow: every field is followed by a separator the caller checks.
        return pos - start >= min ? value : -1;
    }

    private boolean skip(char expected) {
        if (pos < text.length() && text.charAt(pos) == expected) {
            pos++;
            return true;
        }
        return false;
    }

    /** The index of the three-letter word at {@code at} in {@code words} (exact case), or -1. */
    private int indexOfWord(String[] words, int at) {
        for (int i = 0; i < words.length; i++) {
            if (text.startsWith(words[i], at)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
