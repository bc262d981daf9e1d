package io.newsdesk.sanitize;

import java.util.Set;

/**
 * Writes the visible text of a stream of tags and text: blank lines around blocks, a line break
 * for {@code <br>}, a space between table cells, white space collapsed except in {@code <pre>};
 * scripts, styles, templates and {@code <noscript>} fallbacks are left out.
 */
final class PlainTextWriter implements MarkupHandler {

    private static final Set<String> HIDDEN = Set.of("template", "noscript");

    private final StringBuilder out;
    private String hiddenElement;
    private int hiddenDepth;
    private int preDepth;

    /** @param expectedLength the input's length, to size the output */
    PlainTextWriter(int expectedLength) {
        this.out = new StringBuilder(expectedLength);
    }

    @Override
    public void startTag(String name, TagAttributes attributes, boolean selfClosing) {
        if (hiddenDepth > 0) {
            if (name.equals(hiddenElement)) {
                hiddenDepth++;
            }
            return;
        }
        if (HIDDEN.contains(name)) {
            hiddenElement = name;
            hiddenDepth = 1;
        } else if (name.equals("br")) {
            out.append('\n');
        } else if (preDepth > 0) {
            // Preformatted text keeps its characters only; tags inside it add nothing.
            preDepth += name.equals("pre") ? 1 : 0;
        } else if (ElementKinds.BLOCK.contains(name)) {
            out.append("\n\n");
            preDepth = name.equals("pre") ? 1 : 0;
        } else if (ElementKinds.CELL.contains(name)) {
            out.append(' ');
        }
    }

    @Override
    public void endTag(String name) {
        if (hiddenDepth > 0) {
            if (name.equals(hiddenElement)) {
                hiddenDepth--;
            }
        } else if (name.equals("br")) {
            out.append('\n');
        } else if (preDepth > 0) {
            if (name.equals("pre") && --preDepth == 0) {
                out.append("\n\n");
            }
        } else if (ElementKinds.BLOCK.contains(name)) {
            out.append("\n\n");
        }
    }

    @Override
    public void text(String text) {
        if (hiddenDepth > 0) {
            return;
        }
        if (preDepth > 0) {
            out.append(text);
        } else {
            appendCollapsed(text);
        }
    }

    /** The text with each line trimmed and at most one blank line between paragraphs. */
    String finish() {
        StringBuilder text = new StringBuilder(out.length());
        int newlines = 0;
        int lineStart = 0;
        int length = out.length();
        while (lineStart <= length) {
            int lineEnd = out.indexOf("\n", lineStart);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            int from = lineStart;
            int to = lineEnd;
            while (from < to && isStrippable(out.charAt(from))) {
                from++;
            }
            while (to > from && isStrippable(out.charAt(to - 1))) {
                to--;
            }
            if (from == to) {
                newlines++;
            } else {
                if (!text.isEmpty()) {
                    text.append(newlines >= 2 ? "\n\n" : "\n");
                }
                text.append(out, from, to);
                newlines = 1;
            }
            lineStart = lineEnd + 1;
        }
        return text.toString();
    }

    private void appendCollapsed(String text) {
        if (isCollapsed(text)) {
            out.append(text);
            return;
        }
        int length = text.length();
        int i = 0;
        while (i < length) {
            int wordStart = i;
            while (i < length && !isCollapsible(text.charAt(i))) {
                i++;
            }
            out.append(text, wordStart, i);
            if (i < length) {
                if (!out.isEmpty() && !isSpaceOrNewline(out.charAt(out.length() - 1))) {
                    out.append(' ');
                }
                while (i < length && isCollapsible(text.charAt(i))) {
                    i++;
                }
            }
        }
    }

    /** Whether the text's white space is single spaces that need no change here (the usual case). */
    private boolean isCollapsed(String text) {
        boolean afterSpace = out.isEmpty() || isSpaceOrNewline(out.charAt(out.length() - 1));
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ') {
                if (afterSpace) {
                    return false;
                }
                afterSpace = true;
            } else if (isCollapsible(c)) {
                return false;
            } else {
                afterSpace = false;
            }
        }
        return true;
    }

    private static boolean isCollapsible(char c) {
        if (c > ' ' && c < 0x7F) {
            return false;
        }
        return c == '\u00A0' || Character.isWhitespace(c);
    }

    private static boolean isSpaceOrNewline(char c) {
        return c == ' ' || c == '\n';
    }

    /** What {@link String#strip()} removes. */
    private static boolean isStrippable(char c) {
        return Character.isWhitespace(c);
    }
}
