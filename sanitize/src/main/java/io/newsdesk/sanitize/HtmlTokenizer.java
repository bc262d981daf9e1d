package io.newsdesk.sanitize;

/**
 * Reads HTML markup in one pass into tags and text for a {@link MarkupHandler}, following the
 * HTML standard's tokenizer where it decides what is a tag and what is text: tag and attribute
 * syntax with every quoting style, comments (including the short {@code <!-->} forms), bogus
 * comments ({@code <!DOCTYPE>}, {@code <?xml?>}, {@code </ 3>}, and {@code <![CDATA[} outside SVG
 * and MathML, which ends at the first {@code >} as in browsers), CDATA sections inside SVG and
 * MathML, character references, and the elements whose content is not markup.
 *
 * <p>The content of {@linkplain ElementKinds#RAW_TEXT raw-text elements} (scripts, styles,
 * frames, text areas, titles) is skipped up to the element's end tag; the tags themselves are
 * reported; {@code <plaintext>} makes the rest of the input text. Elements of these names in SVG
 * or MathML hold markup like any other: the handler, which follows the tree, {@linkplain
 * MarkupHandler#inForeignContent says} where that is. Complete character references that may be
 * written as the publisher spelled them are reported as such. A tag cut off by the end of the
 * input is dropped, as browsers do. Never throws: every input is some sequence of tags and text.
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
    private final StringBuilder spelled = new StringBuilder();
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
            if (!text.isEmpty()) {
                text.append(in, runStart, pos);
            } else if (pos > runStart) {
                // Nothing decoded waits before it: the text between two tags, passed on in place.
                handler.text(in, runStart, pos);
            }
            if (pos == end) {
                break;
            }
            char c = in.charAt(pos);
            if (c == '&') {
                characterReference();
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
     * Decodes the character reference at {@link #pos} into the text, or reports it to the handler
     * when it may be written again as the publisher spelled it.
     */
    private void characterReference() {
        int amp = pos;
        int decodedFrom = text.length();
        pos = CharacterReferences.decode(in, amp, end, false, text);
        if (in.charAt(pos - 1) != ';') {
            // Incomplete: written as what it stands for.
            return;
        }
        String decoded = text.substring(decodedFrom);
        String spelling = CharacterReferences.spelling(in, amp, pos, decoded);
        if (spelling != null) {
            text.setLength(decodedFrom);
            flushText();
            handler.characterReference(decoded, spelling);
        }
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

    /**
     * After {@code <!}: a comment; a CDATA section, which only SVG and MathML have (their text);
     * or else (a doctype, or CDATA in HTML, which ends at the first {@code >} as in browsers) a
     * bogus comment.
     */
    private void declaration(int from) {
        if (in.startsWith("--", from)) {
            skipComment(from + 2);
        } else if (in.startsWith("[CDATA[", from) && handler.inForeignContent()) {
            int start = from + "[CDATA[".length();
            int close = in.indexOf("]]>", start);
            appendLiteral(start, close < 0 ? end : close);
            pos = close < 0 ? end : close + 3;
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
        if (!ElementKinds.RAW_TEXT.contains(name) && !name.equals("plaintext") || handler.inForeignContent()) {
            // The usual case, and foreign elements of these names, whose content is markup.
            return;
        }
        if (name.equals("script")) {
            skipScriptData();
        } else if (ElementKinds.RAW_TEXT.contains(name)) {
            skipRawText(name);
        } else {
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
            int valueStart = pos;
            int valueEnd = pos;
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
                    valueStart = pos + 1;
                    valueEnd = close;
                    pos = close + 1;
                } else {
                    valueStart = pos;
                    while (pos < end && !isWhitespace(in.charAt(pos)) && in.charAt(pos) != '>') {
                        pos++;
                    }
                    valueEnd = pos;
                }
            }
            if (keep) {
                addAttribute(lowerCaseName(nameStart, nameEnd), valueStart, valueEnd);
            }
        }
    }

    /**
     * Adds the attribute whose value is between two indices: decoded, and, when it has character
     * references to keep, also as spelled ({@link TagAttributes#spelling}).
     */
    private void addAttribute(String name, int from, int to) {
        int special = from;
        while (special < to && in.charAt(special) != '&' && in.charAt(special) != '\0') {
            special++;
        }
        if (special == to) {
            attributes.add(name, in.substring(from, to));
            return;
        }
        value.setLength(0);
        value.append(in, from, special);
        spelled.setLength(0);
        spelled.append(in, from, special);
        boolean referenceKept = false;
        int i = special;
        while (i < to) {
            char c = in.charAt(i);
            if (c == '&') {
                int decodedFrom = value.length();
                int after = CharacterReferences.decode(in, i, to, true, value);
                String decoded = value.substring(decodedFrom);
                String spelling = CharacterReferences.spelling(in, i, after, decoded);
                if (spelling != null) {
                    spelled.append(spelling);
                    referenceKept = true;
                } else {
                    // Every & left in the spelled value must start a reference.
                    spelled.append(decoded.replace("&", "&amp;"));
                }
                i = after;
            } else {
                char kept = c == '\0' ? REPLACEMENT : c;
                value.append(kept);
                spelled.append(kept);
                i++;
            }
        }
        attributes.add(name, value.toString(), referenceKept ? spelled.toString() : null);
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

    /** The name between two indices in ASCII lower case: a {@linkplain KnownNames known name}, or copied. */
    private String lowerCaseName(int from, int to) {
        String known = KnownNames.find(in, from, to);
        if (known != null) {
            return known;
        }
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
