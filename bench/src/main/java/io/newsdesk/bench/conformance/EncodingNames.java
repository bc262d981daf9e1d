package io.newsdesk.bench.conformance;

import java.util.Map;

/**
 * Encoding names as feedparser reports them. For a declared encoding both report the label, but
 * for a guessed one feedparser reports chardet's name, which for a few encodings is spelled
 * otherwise than Java's (and Newsdesk's) canonical name for the same encoding.
 */
final class EncodingNames {

    /** Java's canonical names whose chardet spelling differs, with that spelling. */
    private static final Map<String, String> CHARDET_SPELLINGS = Map.of(
            "Shift_JIS", "SHIFT_JIS",
            "x-EUC-TW", "EUC-TW",
            "x-mac-cyrillic", "MacCyrillic");

    private EncodingNames() {}

    /** The name feedparser would report for the encoding Newsdesk reports as {@code name}. */
    static String asFeedparser(String name) {
        return CHARDET_SPELLINGS.getOrDefault(name, name);
    }
}
