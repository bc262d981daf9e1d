package io.newsdesk.parse.date;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Time zone abbreviations feeds write, with their UTC offsets. */
final class ZoneNames {

    private static final Map<String, ZoneOffset> OFFSETS = new HashMap<>();

    static {
        hours(0, "UT", "UTC", "GMT", "Z", "WET");
        hours(-5, "EST");
        hours(-4, "EDT", "AST");
        hours(-6, "CST");
        hours(-5, "CDT");
        hours(-7, "MST");
        hours(-6, "MDT");
        hours(-8, "PST", "AKDT");
        hours(-7, "PDT");
        hours(-9, "AKST");
        hours(-10, "HST");
        hours(-3, "ADT", "BRT");
        hours(1, "CET", "MET", "MEZ", "BST", "WEST", "WAT");
        hours(2, "CEST", "MEST", "MESZ", "EET", "SAST", "CAT");
        hours(3, "EEST", "MSK", "EAT");
        hours(9, "JST", "KST");
        hours(8, "AWST", "HKT", "SGT");
        hours(10, "AEST");
        hours(11, "AEDT");
        hours(12, "NZST");
        hours(13, "NZDT");
        OFFSETS.put("IST", ZoneOffset.ofHoursMinutes(5, 30));
        OFFSETS.put("ACST", ZoneOffset.ofHoursMinutes(9, 30));
        OFFSETS.put("ACDT", ZoneOffset.ofHoursMinutes(10, 30));
        // RFC 822's military zones, with the signs as RFC 822 wrote them (as feedparser reads them).
        for (char letter = 'A'; letter <= 'I'; letter++) {
            OFFSETS.put(String.valueOf(letter), ZoneOffset.ofHours(-(letter - 'A' + 1)));
        }
        for (char letter = 'K'; letter <= 'M'; letter++) {
            OFFSETS.put(String.valueOf(letter), ZoneOffset.ofHours(-(letter - 'K' + 10)));
        }
        for (char letter = 'N'; letter <= 'Y'; letter++) {
            OFFSETS.put(String.valueOf(letter), ZoneOffset.ofHours(letter - 'N' + 1));
        }
    }

    private ZoneNames() {}

    private static void hours(int offset, String... names) {
        for (String name : names) {
            OFFSETS.put(name, ZoneOffset.ofHours(offset));
        }
    }

    /** The offset of a zone abbreviation (case-insensitive), or {@code null} when it is not one. */
    static ZoneOffset offset(String name) {
        return OFFSETS.get(name.toUpperCase(Locale.ROOT));
    }
}
