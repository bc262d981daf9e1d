package io.newsdesk.parse.date;

import io.newsdesk.domain.DatePrecision;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates written with a month name: RFC 822/1123 ({@code Thu, 01 Jan 2004 19:48:21 GMT}) and what
 * publishers make of it (no day name, one-digit days, two-digit years, named and military zones,
 * no zone, extra whitespace, trailing garbage, {@code 01-Jan-2004}), C's {@code asctime} form
 * ({@code Sun Jan  4 16:29:06 PST 2004}) and the same in other languages.
 *
 * <p>Read token by token, so the parts may come in any usual order; words that are neither a
 * month nor a zone (day names, "at", garbage) are ignored.
 */
final class TextualDates {

    private static final Pattern SEPARATORS = Pattern.compile("[\\s,()]+");
    private static final Pattern DASHED_DATE = Pattern.compile("(\\d{1,2})-(\\p{L}+\\.?)-(\\d{2,4})");
    private static final Pattern TIME = Pattern.compile("(\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?(?i)(am|pm)?");
    private static final Pattern OFFSET = Pattern.compile("([+-])(\\d{1,2}):?(\\d{2})?");
    private static final Pattern NAMED_OFFSET = Pattern.compile("(?i)(?:GMT|UTC|UT)([+-].+)");
    private static final Pattern ORDINAL_DAY = Pattern.compile("(\\d{1,2})(?:st|nd|rd|th|er|e|\\.)", Pattern.CASE_INSENSITIVE);

    private int day = -1;
    private int month;
    private int year = -1;
    private LocalTime time;
    private String meridiem;
    private ZoneOffset zone;

    private TextualDates() {}

    static Optional<ParsedDate> parse(String text) {
        TextualDates reading = new TextualDates();
        for (String token : SEPARATORS.split(text)) {
            if (!token.isEmpty()) {
                reading.token(token);
            }
        }
        return reading.result();
    }

    private void token(String token) {
        Matcher dashed = DASHED_DATE.matcher(token);
        if (dashed.matches()) {
            token(dashed.group(1));
            token(dashed.group(2));
            token(dashed.group(3));
            return;
        }
        char first = token.charAt(0);
        if (Character.isDigit(first)) {
            number(token);
        } else if (first == '+' || first == '-') {
            offset(token);
        } else if (Character.isLetter(first)) {
            word(token);
        }
    }

    private void number(String token) {
        Matcher timeMatch = TIME.matcher(token);
        if (timeMatch.matches()) {
            if (time == null) {
                readTime(timeMatch);
            }
            return;
        }
        Matcher ordinal = ORDINAL_DAY.matcher(token);
        String digits = ordinal.matches() ? ordinal.group(1) : token;
        if (!digits.chars().allMatch(Character::isDigit)) {
            return;
        }
        if (digits.length() == 4 && year < 0) {
            year = Integer.parseInt(digits);
        } else if (digits.length() <= 2 && day < 0 && !(month > 0 && year >= 0)) {
            day = Integer.parseInt(digits);
        } else if (digits.length() == 2 && year < 0) {
            int twoDigits = Integer.parseInt(digits);
            year = twoDigits < 50 ? 2000 + twoDigits : 1900 + twoDigits;
        }
    }

    private void readTime(Matcher timeMatch) {
        try {
            int hour = Integer.parseInt(timeMatch.group(1));
            int minute = Integer.parseInt(timeMatch.group(2));
            int second = timeMatch.group(3) == null ? 0 : Math.min(59, Integer.parseInt(timeMatch.group(3)));
            if (timeMatch.group(4) != null) {
                meridiem = timeMatch.group(4).toLowerCase(Locale.ROOT);
            }
            time = LocalTime.of(hour, minute, second);
        } catch (DateTimeException e) {
            time = null;
        }
    }

    private void offset(String token) {
        Matcher offsetMatch = OFFSET.matcher(token);
        if (zone != null || !offsetMatch.matches()) {
            return;
        }
        int hours = Integer.parseInt(offsetMatch.group(2));
        int minutes = offsetMatch.group(3) == null ? 0 : Integer.parseInt(offsetMatch.group(3));
        int sign = offsetMatch.group(1).equals("-") ? -1 : 1;
        try {
            zone = ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
        } catch (DateTimeException e) {
            zone = null;
        }
    }

    private void word(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        if (lower.equals("am") || lower.equals("pm")) {
            meridiem = lower;
            return;
        }
        Matcher named = NAMED_OFFSET.matcher(token);
        if (named.matches()) {
            offset(named.group(1));
            return;
        }
        // A zone comes after the time; before it, a single letter is more likely garbage.
        ZoneOffset namedZone = time != null || token.length() > 1 ? ZoneNames.offset(token) : null;
        if (namedZone != null) {
            if (zone == null) {
                zone = namedZone;
            }
            return;
        }
        int wordMonth = MonthNames.month(token);
        if (wordMonth != 0) {
            // The last month word wins: a leading one may be a day's abbreviation (French "mar.").
            month = wordMonth;
        }
    }

    private Optional<ParsedDate> result() {
        if (month == 0 || year < 0) {
            return Optional.empty();
        }
        if (year < 100) {
            year += year < 50 ? 2000 : 1900;
        }
        if (year < 1000 || year > 9999) {
            return Optional.empty();
        }
        try {
            if (day < 0) {
                return Optional.of(new ParsedDate(
                        LocalDate.of(year, month, 1).atStartOfDay().toInstant(ZoneOffset.UTC), DatePrecision.MONTH));
            }
            LocalDate date = LocalDate.of(year, month, day);
            if (time == null) {
                return Optional.of(new ParsedDate(date.atStartOfDay().toInstant(ZoneOffset.UTC), DatePrecision.DAY));
            }
            LocalTime clock = applyMeridiem(time);
            ZoneOffset offset = zone == null ? ZoneOffset.UTC : zone;
            return Optional.of(new ParsedDate(date.atTime(clock).toInstant(offset), DatePrecision.SECOND));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private LocalTime applyMeridiem(LocalTime clock) {
        if ("pm".equals(meridiem) && clock.getHour() < 12) {
            return clock.plusHours(12);
        }
        if ("am".equals(meridiem) && clock.getHour() == 12) {
            return clock.minusHours(12);
        }
        return clock;
    }
}
