package io.newsdesk.sanitize;

/**
 * Reads HTML markup in one pass into tags and text for a {@link MarkupHandler}, following the
 * HTML standard's tokenizer where it decides what is a tag and what is text: tag and attribute
 * syntax with every quoting style, comments (including the short {@code <!-->} forms), bogus
 * comments ({@code <!DOCTYPE>}, {@code <?xml?>}, {@code </ 3>}, and {@code <![CDATA[}, which is
 * XML, not HTML, and ends at the first {@code >} as in browsers), character references, and the
 * elements whose content is not markup.
 *
 * <p>The content of {@linkplain ElementKinds#RAW_TEXT raw-text elements} (scripts, styles,
 * frames, text areas, titles) is skipped up to the element's end tag; the tags themselves are
 * reported; {@code <plaintext>} makes the rest of the input text. A tag cut off by the end of
 * the input is dropped, as browsers do. Never throws: every input is some sequence of tags and text.
 */
final class HtmlTokenizer {

    private static final char REPLACEMENT = '\uFFFD';
    private static final int NONE = -1;

    private final String in;
    private final int end;
    private final MarkupHandler handler;
    private final TagAttributes attributes = new TagAttributes();
    private final StringBuilder text = new StringBuilder();
    private final StringBuilder value = new StringBuilder();
    private int pos;
    /** Where the next of each special character is ({@link #NONE}: none left); see {@link #nextSpecial}. */
    private int nextLess = -2;
    private int nextAmpersand = -2;
    private int nextNul = -2;

    private HtmlTokenizer(String in, MarkupHandler handler) {
        this.in = in;
        this.end = in.length();
        this.handler = handler;
    }

    /** Reads all of {@code html}, reporting its tags and text to {@code handler}. */
    static void tokenize(String html, MarkupHandler handler) {
        new HtmlTokenizer(html, handler).run();
    }

    private void run() {
        while (pos < end) {
            int runStart = pos;
            pos = nextSpecial(pos);
            text.append(in, runStart, pos);
            if (pos == end) {
                break;
            }
            char c = in.charAt(pos);
            if (c == '&') {
                pos = CharacterReferences.decode(in, pos, end, false, text);
            } else if (c == '\0') {
                // Browsers ignore NUL in text (in attribute values it becomes U+FFFD).
                pos++;
            } else {
                markup();
            }
        }
        flushText();
    }

    /**
     * The index of the next {@code <}, {@code &} or NUL from {@code from} on, or the end. Found
     * with {@link String#indexOf(int, int)}, which is vectorised, and remembered until passed:
     * text between tags is most of the input.
     */
    private int nextSpecial(int from) {
        if (nextLess != NONE && nextLess < from) {
            nextLess = in.indexOf('<', from);
        }
        if (nextAmpersand != NONE && nextAmpersand < from) {
            nextAmpersand = in.indexOf('&', from);
        }
        if (nextNul != NONE && nextNul < from) {
            nextNul = in.indexOf('\0', from);
        }
        return Math.min(orEnd(nextLess), Math.min(orEnd(nextAmpersand), orEnd(nextNul)));
    }

    private int orEnd(int index) {
        return index == NONE ? end : index;
    }

    /** At a {@code <}: a tag, a comment, or a literal less-than sign. */
    private void markup() {
        int next = pos + 1;
        char c = next < end ? in.charAt(next) : ' ';
        if (isAsciiLetter(c)) {
            startTag();
        } else if (c == '/') {
            char after = next + 1 < end ? in.charAt(next + 1) : ' ';
            if (isAsciiLetter(after)) {
                endTag();
            } else if (after == '>') {
                pos = next + 2;
            } else if (next + 1 == end) {
                text.append("</");
                pos = end;
            } else {
                skipBogusComment(next + 1);
            }
        } else if (c == '!') {
            declaration(next + 1);
        } else if (c == '?') {
            skipBogusComment(next + 1);
        } else {
            text.append('<');
            pos = next;
        }
    }

    /** After {@code <!}: a comment, or else (a doctype, or CDATA, which HTML content has not) a bogus comment. */
    private void declaration(int from) {
        if (in.startsWith("--", from)) {
            skipComment(from + 2);
        } else {
            skipBogusComment(from);
        }
    }

    /** A comment's content starts at {@code from}; it ends at {@code -->} or {@code --!>}. */
    private void skipComment(int from) {
        if (in.startsWith(">", from)) {
            pos = from + 1;
            return;
        }
        if (in.startsWith("->", from)) {
            pos = from + 2;
            return;
        }
        int i = from;
        while (true) {
            int dashes = in.indexOf("--", i);
            if (dashes < 0) {
                pos = end;
                return;
            }
            if (in.startsWith(">", dashes + 2)) {
                pos = dashes + 3;
                return;
            }
            if (in.startsWith("!>", dashes + 2)) {
                pos = dashes + 4;
                return;
            }
            i = dashes + 1;
        }
    }

    private void skipBogusComment(int from) {
        int close = in.indexOf('>', from);
        pos = close < 0 ? end : close + 1;
    }

    private void startTag() {
        int nameStart = pos + 1;
        int nameEnd = tagNameEnd(nameStart);
        String name = lowerCaseName(nameStart, nameEnd);
        attributes.clear();
        pos = nameEnd;
        int closing = readAttributes(true);
        if (closing < 0) {
            pos = end;
            return;
        }
        flushText();
        handler.startTag(name, attributes, closing == 1);
        if (name.equals("script")) {
            skipScriptData();
        } else if (ElementKinds.RAW_TEXT.contains(name)) {
            skipRawText(name);
        } else if (name.equals("plaintext")) {
            appendLiteral(pos, end);
            pos = end;
        }
    }

    private void endTag() {
        int nameStart = pos + 2;
        int nameEnd = tagNameEnd(nameStart);
        String name = lowerCaseName(nameStart, nameEnd);
        pos = nameEnd;
        if (readAttributes(false) < 0) {
            pos = end;
            return;
        }
        flushText();
        handler.endTag(name);
    }

    /**
     * Reads attributes up to the tag's {@code >}, into {@link #attributes} when {@code keep}.
     *
     * @return 1 when the tag ended with {@code />}, 0 with {@code >}, -1 when the input ended first
     */
    private int readAttributes(boolean keep) {
        while (true) {
            skipWhitespace();
            if (pos >= end) {
                return -1;
            }
            char c = in.charAt(pos);
            if (c == '>') {
                pos++;
                return 0;
            }
            if (c == '/') {
                pos++;
                if (pos < end && in.charAt(pos) == '>') {
                    pos++;
                    return 1;
                }
                continue;
            }
            int nameStart = pos++;
            while (pos < end) {
                char n = in.charAt(pos);
                if (isWhitespace(n) || n == '/' || n == '>' || n == '=') {
                    break;
                }
                pos++;
            }
            int nameEnd = pos;
            skipWhitespace();
            String attributeValue = "";
            if (pos < end && in.charAt(pos) == '=') {
                pos++;
                skipWhitespace();
                if (pos >= end) {
                    return -1;
                }
                char quote = in.charAt(pos);
                if (quote == '"' || quote == '\'') {
                    int close = in.indexOf(quote, pos + 1);
                    if (close < 0) {
                        return -1;
                    }
                    attributeValue = keep ? attributeValue(pos + 1, close) : "";
                    pos = close + 1;
                } else {
                    int valueStart = pos;
                    while (pos < end && !isWhitespace(in.charAt(pos)) && in.charAt(pos) != '>') {
                        pos++;
                    }
                    attributeValue = keep ? attributeValue(valueStart, pos) : "";
                }
            }
            if (keep) {
                attributes.add(lowerCaseName(nameStart, nameEnd), attributeValue);
            }
        }
    }

    private String attributeValue(int from, int to) {
        int special = from;
        while (special < to && in.charAt(special) != '&' && in.charAt(special) != '\0') {
            special++;
        }
        if (special == to) {
            return in.substring(from, to);
        }
        value.setLength(0);
        value.append(in, from, special);
        int i = special;
        while (i < to) {
            char c = in.charAt(i);
            if (c == '&') {
                i = CharacterReferences.decode(in, i, to, true, value);
            } else {
                value.append(c == '\0' ? REPLACEMENT : c);
                i++;
            }
        }
        return value.toString();
    }

    /** Skips a raw-text element's content; its end tag is then read as usual. */
    private void skipRawText(String name) {
        int i = pos;
        while (true) {
            int close = in.indexOf("</", i);
            if (close < 0) {
                pos = end;
                return;
            }
            if (in.regionMatches(true, close + 2, name, 0, name.length())
                    && (close + 2 + name.length() == end || isTagNameEnd(in.charAt(close + 2 + name.length())))) {
                pos = close;
                return;
            }
            i = close + 2;
        }
    }

    /**
     * Skips a script's content as browsers do: up to {@code </script>}, except that inside an
     * HTML comment in the script a nested {@code <script>} makes the next {@code </script>} its
     * own (the standard's script data escaped and double escaped states).
     */
    private void skipScriptData() {
        boolean escaped = false;
        boolean doubleEscaped = false;
        int i = pos;
        while (i < end) {
            char c = in.charAt(i);
            if (c == '<' && isTagOf("</script", i)) {
                if (!doubleEscaped) {
                    pos = i;
                    return;
                }
                doubleEscaped = false;
                i += 8;
            } else if (c == '<' && !escaped && in.startsWith("<!--", i)) {
                escaped = true;
                // The comment's own dashes may close it at once: <!--> and <!---> end where they start.
                i += 2;
            } else if (c == '<' && escaped && !doubleEscaped && isTagOf("<script", i)) {
                doubleEscaped = true;
                i += 7;
            } else if (c == '-' && escaped && in.startsWith("-->", i)) {
                escaped = false;
                doubleEscaped = false;
                i += 3;
            } else {
                i++;
            }
        }
        pos = end;
    }

    /** Whether {@code tag} (such as {@code </script}) starts at {@code at}, in any case, followed by the end of a tag name. */
    private boolean isTagOf(String tag, int at) {
        int after = at + tag.length();
        return in.regionMatches(true, at, tag, 0, tag.length()) && (after == end || isTagNameEnd(in.charAt(after)));
    }

    /** Text that is not markup: appended as it is, except NUL. */
    private void appendLiteral(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = in.charAt(i);
            text.append(c == '\0' ? REPLACEMENT : c);
        }
    }

    private void flushText() {
        if (!text.isEmpty()) {
            handler.text(text.toString());
            text.setLength(0);
        }
    }

    private int tagNameEnd(int from) {
        int i = from;
        while (i < end && !isTagNameEnd(in.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The name between two indices in ASCII lower case, sharing the input's string when it can. */
    private String lowerCaseName(int from, int to) {
        boolean plain = true;
        for (int i = from; i < to && plain; i++) {
            char c = in.charAt(i);
            plain = !(c >= 'A' && c <= 'Z') && c != '\0';
        }
        if (plain) {
            return in.substring(from, to);
        }
        char[] name = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = in.charAt(i);
            name[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c == '\0' ? REPLACEMENT : c;
        }
        return new String(name);
    }

    private void skipWhitespace() {
        while (pos < end && isWhitespace(in.charAt(pos))) {
            pos++;
        }
    }

    private static boolean isTagNameEnd(char c) {
        return isWhitespace(c) || c == '/' || c == '>';
    }

    private static boolean isWhitespace(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\f' || c == '\r';
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
