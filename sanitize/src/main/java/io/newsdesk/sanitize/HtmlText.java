package io.newsdesk.sanitize;

/**
 * Writes text and attribute values into HTML, escaped so that they can never be read back as
 * markup, and without the characters that have no business in a document (NUL, control
 * characters, unpaired surrogates, non-characters), which also keeps the output valid XML.
 * Line breaks are normalised to {@code \n}.
 */
final class HtmlText {

    private HtmlText() {}

    /** Appends element content: {@code & < >} escaped. */
    static void appendText(String text, StringBuilder out) {
        append(text, out, false);
    }

    /** Appends a double-quoted attribute's value: {@code & < > "} escaped. */
    static void appendAttribute(String value, StringBuilder out) {
        append(value, out, true);
    }

    /** {@code true} when the text has a character other than white space from index {@code from} on. */
    static boolean hasVisibleCharacter(CharSequence text, int from) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > ' ' && c != '\u00A0' && !Character.isWhitespace(c)) {
                return true;
            }
        }
        return false;
    }

    private static void append(String text, StringBuilder out, boolean attribute) {
        int length = text.length();
        int plainStart = 0;
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (isPlain(c, attribute)) {
                continue;
            }
            // Runs of plain characters are copied at once; only the others are looked at one by one.
            out.append(text, plainStart, i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\r' -> {
                    if (i + 1 >= length || text.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    }
                }
            }
            plainStart = i + 1;
        }
        out.append(text, plainStart, length);
    }

    /**
     * Printable ASCII other than the characters to escape, tab and line feed, and the rest of the
     * Basic Multilingual Plane other than C1 controls, surrogates and the non-characters U+FFFE
     * and U+FFFF.
     */
    private static boolean isPlain(char c, boolean attribute) {
        if (c < 0x7F) {
            return c >= ' ' ? c != '&' && c != '<' && c != '>' && (c != '"' || !attribute) : c == '\n' || c == '\t';
        }
        return (c >= 0xA0 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
