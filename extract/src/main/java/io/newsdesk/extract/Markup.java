package io.newsdesk.extract;

/** Telling HTML from other text (plain text, JSON, binary data) by its first characters. */
final class Markup {

    private static final int SNIFF_LENGTH = 2048;

    private Markup() {}

    /**
     * Whether the text starts like markup: after optional whitespace and byte-order mark, a tag,
     * comment, doctype or processing instruction within the first {@value #SNIFF_LENGTH}
     * characters, and no NUL characters there (which mean binary data).
     */
    static boolean looksLikeHtml(String text) {
        int limit = Math.min(text.length(), SNIFF_LENGTH);
        boolean tag = false;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return false;
            }
            if (!tag && c == '<' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                tag = Character.isLetter(next) || next == '!' || next == '?' || next == '/';
            }
        }
        return tag;
    }
}
