package io.newsdesk.extract.teaser;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits pasted text into clean, non-empty lines, remembering where blank lines separated them.
 *
 * <p>Text copied out of a browser or an app arrives with a byte-order mark, Windows or old Mac
 * line ends, non-breaking and other Unicode spaces, zero-width characters and trailing blanks;
 * none of that is content, so it is normalised away here once and the parser sees plain lines.
 */
final class TeaserLines {

    /** A non-empty line of text; {@code startsBlock} when a blank line (or the start) precedes it. */
    record Line(String text, boolean startsBlock) {}

    private TeaserLines() {}

    static List<Line> split(String text) {
        List<Line> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean blankBefore = true;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : '\n';
            if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                continue;
            }
            if (isLineBreak(c)) {
                String line = current.toString().strip();
                current.setLength(0);
                if (line.isEmpty()) {
                    blankBefore = true;
                } else {
                    lines.add(new Line(line, blankBefore));
                    blankBefore = false;
                }
            } else if (isInvisible(c)) {
                continue;
            } else if (isSpace(c)) {
                if (!current.isEmpty() && current.charAt(current.length() - 1) != ' ') {
                    current.append(' ');
                }
            } else {
                current.append(c);
            }
        }
        return lines;
    }

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
    }

    /** Byte-order marks, zero-width spaces and word joiners: formatting residue, never text. */
    private static boolean isInvisible(char c) {
        return c == '\uFEFF' || c == '\u200B' || c == '\u2060';
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
