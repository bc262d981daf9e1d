package io.newsdesk.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns the author values a page states into a clean list of names: "By " and similar labels
 * removed, "A and B" / "A, B" split, profile URLs and non-names (dates, long blurbs) dropped, and
 * duplicates (also differing only in case) removed.
 */
final class Bylines {

    private static final int MAX_NAME_LENGTH = 60;
    private static final int MAX_NAME_WORDS = 7;
    private static final Pattern LABEL = Pattern.compile(
            "^(?i)(?:(?:written|posted|words|reported|story|text)\\s+)?by\\s*:?\\s+|^(?i)authors?\\s*:\\s*");
    private static final Pattern SEPARATOR =
            Pattern.compile("\\s*(?:,|;|\\||\\s&\\s|\\s+and\\s+|\\s+und\\s+|\\s+et\\s+|\\s+y\\s+)\\s*");

    private Bylines() {}

    static List<String> normalize(List<String> values) {
        Map<String, String> names = new LinkedHashMap<>();
        for (String value : values) {
            String text = PlainText.clean(value);
            if (text == null || isUrl(text)) {
                continue;
            }
            text = LABEL.matcher(text).replaceFirst("");
            for (String part : SEPARATOR.split(text)) {
                if (isHandle(part)) {
                    continue;
                }
                String name = trimPunctuation(LABEL.matcher(part).replaceFirst(""));
                if (isName(name)) {
                    names.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
                }
            }
        }
        return new ArrayList<>(names.values());
    }

    /** A social media handle ("@janedoe") names an account, not the person's name. */
    private static boolean isHandle(String text) {
        return text.strip().startsWith("@");
    }

    private static boolean isUrl(String text) {
        return text.contains("://") || text.startsWith("www.");
    }

    private static boolean isName(String name) {
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            return false;
        }
        boolean letter = false;
        int words = 1;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isDigit(c) || c == '@') {
                return false;
            }
            letter |= Character.isLetter(c);
            if (c == ' ') {
                words++;
            }
        }
        return letter && words <= MAX_NAME_WORDS;
    }

    private static String trimPunctuation(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
            start++;
        }
        while (end > start && !isNameEnd(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** Names end in a letter, or an initial's full stop ("Jr.", "J.R.R."). */
    private static boolean isNameEnd(char c) {
        return Character.isLetterOrDigit(c) || c == '.' || c == ')';
    }
}
