package io.newsdesk.sanitize;

/**
 * Writes text and attribute values into HTML, escaped so that they can never be read back as
 * markup, and without the characters that have no business in a document (NUL, control
 * characters, unpaired surrogates, non-characters), which also keeps the output valid XML.
 * Line breaks are normalised to {@code \n}.
 *
 * <p>Only what must be escaped is: {@code &} and {@code <} in text (a {@code >} there is just a
 * character, and stays as the publisher wrote it), and in attribute values also the quote and
 * both angle brackets, which no parser then needs to tell from markup.
 */
final class HtmlText {

    /** Where characters are written, which decides what must be escaped. */
    private enum Context {
        TEXT("<&"),
        ATTRIBUTE("<>&\""),
        /** An attribute value whose every {@code &} already starts a reference ({@link TagAttributes#spelling}). */
        SPELLED_ATTRIBUTE("<>\"");

        /**
         * Which ASCII characters are written as they are here: printable ones other than those
         * escaped, tab and line feed. A table, since it is asked of every character written.
         */
        private final boolean[] plainAscii = new boolean[0x80];

        Context(String escaped) {
            for (char c = ' '; c < 0x7F; c++) {
                plainAscii[c] = escaped.indexOf(c) < 0;
            }
            plainAscii['\n'] = true;
            plainAscii['\t'] = true;
        }
    }

    private HtmlText() {}

    /** Appends element content: {@code & <} escaped. */
    static void appendText(String text, StringBuilder out) {
        append(text, 0, text.length(), out, Context.TEXT);
    }

    /** Appends the element content between two indices of {@code text}: {@code & <} escaped. */
    static void appendText(String text, int from, int to, StringBuilder out) {
        append(text, from, to, out, Context.TEXT);
    }

    /** Appends a double-quoted attribute's value: {@code & < > "} escaped. */
    static void appendAttribute(String value, StringBuilder out) {
        append(value, 0, value.length(), out, Context.ATTRIBUTE);
    }

    /**
     * Appends a double-quoted attribute's value as the publisher spelled it (see
     * {@link TagAttributes#spelling(int)}): {@code < > "} escaped, references kept.
     */
    static void appendSpelledAttribute(String spelling, StringBuilder out) {
        append(spelling, 0, spelling.length(), out, Context.SPELLED_ATTRIBUTE);
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

    /**
     * Whether every character of {@code text} is written as it is or escaped, none dropped or
     * changed: what a character reference must stand for to be written as a reference.
     */
    static boolean isWritable(String text) {
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (!isPlain(c, Context.SPELLED_ATTRIBUTE) && c != '<' && c != '>' && c != '"') {
                return false;
            }
        }
        return true;
    }

    private static void append(String text, int from, int to, StringBuilder out, Context context) {
        int plainStart = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (isPlain(c, context)) {
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
                    if (i + 1 >= to || text.charAt(i + 1) != '\n') {
                        out.append('\n');
                    }
                }
                default -> {
                    if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
                        out.append(c).append(text.charAt(++i));
                    }
                }
            }
            plainStart = i + 1;
        }
        out.append(text, plainStart, to);
    }

    /**
     * Printable ASCII other than the characters to escape in the context, tab and line feed, and
     * the rest of the Basic Multilingual Plane other than C1 controls, surrogates and the
     * non-characters U+FFFE and U+FFFF.
     */
    private static boolean isPlain(char c, Context context) {
        if (c < 0x80) {
            return context.plainAscii[c];
        }
        return (c >= 0xA0 && c < 0xD800) || (c >= 0xE000 && c <= 0xFFFD);
    }
}
