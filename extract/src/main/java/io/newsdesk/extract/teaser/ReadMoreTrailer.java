package io.newsdesk.extract.teaser;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The "Read more" link an aggregator puts after a teaser. Its presence is what tells a teaser
 * from a complete text, and it is never part of the article, so it is cut off and remembered.
 */
final class ReadMoreTrailer {

    private static final Set<String> PHRASES = Set.of(
            "read entire article", "read the entire article", "read more", "read the full article",
            "read full article", "read full story", "read the full story", "read the rest",
            "continue reading", "read on", "full story", "full article", "view full article",
            "view full story", "read article", "read the article", "read story");

    private ReadMoreTrailer() {}

    /**
     * Removes a trailer from the last line of a teaser: either the whole line ("Read Entire
     * Article", "[Read more…]", "Continue reading →") or a trailer after the last sentence
     * ("… said on Wednesday. Read more »").
     *
     * @return what is left of the line (empty when the whole line was the trailer), or empty
     *     {@code Optional} when the line has no trailer
     */
    static Optional<String> strip(String line) {
        String core = trimDecoration(line, false);
        String lower = core.toLowerCase(Locale.ROOT);
        for (String phrase : PHRASES) {
            if (!lower.endsWith(phrase)) {
                continue;
            }
            String before = core.substring(0, core.length() - phrase.length());
            if (trimDecoration(before, true).isEmpty()) {
                return Optional.of("");
            }
            // Only after a finished sentence: "…urged readers to read on." is prose, not a link.
            boolean separated = Character.isWhitespace(before.charAt(before.length() - 1));
            String text = before.strip();
            if (separated && Sentences.endsSentence(text)) {
                return Optional.of(text);
            }
        }
        return Optional.empty();
    }

    /** Strips arrows, guillemets, ellipses, brackets and the like from the end (and start). */
    private static String trimDecoration(String text, boolean bothEnds) {
        int end = text.length();
        while (end > 0 && !Character.isLetterOrDigit(text.charAt(end - 1))) {
            end--;
        }
        int start = 0;
        if (bothEnds) {
            while (start < end && !Character.isLetterOrDigit(text.charAt(start))) {
                start++;
            }
        }
        return text.substring(start, end);
    }
}
