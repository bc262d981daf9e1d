package io.newsdesk.parse.date;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Month names in English, German, French, Spanish, Italian, Dutch and Portuguese, full or
 * abbreviated, with or without accents and a trailing period.
 */
final class MonthNames {

    private static final String[][] NAMES = {
        {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"},
        {"januar", "februar", "marz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"},
        {"janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre"},
        {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"},
        {"gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"},
        {"januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"},
        {"janeiro", "fevereiro", "marco", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"},
    };

    /** Abbreviations that are not prefixes of the full names. */
    private static final Map<String, Integer> IRREGULAR = Map.of("mrz", 3, "maerz", 3, "mrt", 3, "sept", 9, "setem", 9);

    private static final List<String> FULL = new ArrayList<>();
    private static final List<Integer> FULL_MONTH = new ArrayList<>();
    private static final Pattern COMBINING_MARKS = Pattern.compile("\\p{M}+");

    static {
        for (String[] language : NAMES) {
            for (int month = 0; month < 12; month++) {
                FULL.add(language[month]);
                FULL_MONTH.add(month + 1);
            }
        }
    }

    private MonthNames() {}

    /**
     * The month (1–12) a word names, or 0. A word of at least three letters names a month when
     * every full name it begins belongs to that month ("juil" is July, "jui" is nothing).
     */
    static int month(String word) {
        String key = normalize(word);
        if (key.length() < 3) {
            return 0;
        }
        Integer irregular = IRREGULAR.get(key);
        if (irregular != null) {
            return irregular;
        }
        return lookup(key);
    }

    private static int lookup(String key) {
        int found = 0;
        for (int i = 0; i < FULL.size(); i++) {
            if (FULL.get(i).startsWith(key)) {
                int month = FULL_MONTH.get(i);
                if (found != 0 && found != month) {
                    return 0;
                }
                found = month;
            }
        }
        return found;
    }

    private static String normalize(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".")) {
            lower = lower.substring(0, lower.length() - 1);
        }
        return COMBINING_MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }
}
