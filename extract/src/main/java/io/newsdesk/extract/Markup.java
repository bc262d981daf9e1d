package io.newsdesk.extract;

/** Telling HTML from other content (plain text, JSON, PDF, binary data) by its first characters. */
final class Markup {

    private static final int SNIFF_LENGTH = 2048;

    private Markup() {}

    /**
     * Why the text is not HTML, as a sentence for the user; {@code null} when it starts like markup:
     * after optional whitespace and byte-order mark, a tag, comment, doctype or processing
     * instruction within the first {@value #SNIFF_LENGTH} characters, and no NUL characters there
     * (which mean binary data).
     */
    static String notHtmlBecause(String text) {
        if (text == null || text.isBlank()) {
            return "The page is empty.";
        }
        int limit = Math.min(text.length(), SNIFF_LENGTH);
        boolean tag = false;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                return "The content is binary data, not an HTML page.";
            }
            if (!tag && c == '<' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                tag = Character.isLetter(next) || next == '!' || next == '?' || next == '/';
            }
        }
        String start = text.substring(0, limit).stripLeading();
        if (start.startsWith("\uFEFF")) {
            start = start.substring(1).stripLeading();
        }
        if (start.startsWith("%PDF-")) {
            return "The content is a PDF document, not an HTML page.";
        }
        if (start.startsWith("{") || start.startsWith("[")) {
            return "The content is JSON, not an HTML page.";
        }
        return tag ? null : "The content is plain text, not an HTML page.";
    }
}
