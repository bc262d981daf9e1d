package io.newsdesk.web.ui;

import io.newsdesk.sanitize.HtmlSanitizer;

/**
 * Shortens text for previews: the first characters up to a word boundary, followed by an ellipsis
 * when anything was cut.
 */
public final class Snippet {

    private static final char ELLIPSIS = '…';
    /** Punctuation that reads badly right before an ellipsis ("word,…"). */
    private static final String TRAILING_PUNCTUATION = ",;:.-–—(/";

    private Snippet() {}

    /**
     * Shortens plain text to at most {@code maxChars} characters, ellipsis included.
     *
     * <p>Runs of white space (line breaks included) become single spaces. The cut falls at the
     * last word boundary before the limit; only a word longer than half the limit (a long URL,
     * say) is cut inside. A surrogate pair is never split.
     *
     * @param text the text; {@code null} gives ""
     * @param maxChars the longest result, at least 1
     * @return the text, or its shortened form ending in "…"
     * @throws IllegalArgumentException if {@code maxChars} is less than 1
     */
    public static String truncate(String text, int maxChars) {
        if (maxChars < 1) {
            throw new IllegalArgumentException("maxChars must be at least 1, was " + maxChars);
        }
        if (text == null) {
            return "";
        }
        String normalized = text.strip().replaceAll("\\s+", " ");
        if (normalized.length() <= maxChars) {
            return normalized;
        }
        int cut = maxChars - 1;
        if (cut > 0 && Character.isHighSurrogate(normalized.charAt(cut - 1))) {
            cut--;
        }
        int wordEnd = normalized.charAt(cut) == ' ' ? cut : normalized.lastIndexOf(' ', cut - 1);
        if (wordEnd > cut / 2) {
            cut = wordEnd;
        }
        return withoutTrailingPunctuation(normalized.substring(0, cut)) + ELLIPSIS;
    }

    /**
     * Shortens the visible text of an HTML fragment, as {@link #truncate(String, int)} does.
     *
     * @param html a sanitized HTML fragment; {@code null} gives ""
     */
    public static String fromHtml(String html, int maxChars) {
        return truncate(HtmlSanitizer.toText(html), maxChars);
    }

    private static String withoutTrailingPunctuation(String text) {
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || TRAILING_PUNCTUATION.indexOf(text.charAt(end - 1)) >= 0)) {
            end--;
        }
        return end == 0 ? text : text.substring(0, end);
    }
}
