package io.newsdesk.parse.text;

import io.newsdesk.sanitize.HtmlSanitizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Entities;

/**
 * Plain text from feed fields that may or may not hold HTML, and HTML from plain text.
 *
 * <p>Formats without a declared content type (RSS titles, JSON Feed titles) are read the way
 * feedparser reads them: as text, unless the value looks like HTML (a tag or an entity), in which
 * case the markup is dropped and the entities decoded.
 */
public final class PlainText {

    private static final Pattern LOOKS_LIKE_HTML = Pattern.compile(
            "</?[A-Za-z][A-Za-z0-9]*(?:\\s[^<>]*)?/?>|&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private PlainText() {}

    /**
     * {@code true} when the text holds a tag or a character reference; a named reference counts
     * only when HTML defines it ("&amp;doesnotexist;" is text).
     */
    public static boolean looksLikeHtml(String value) {
        if (value == null || value.indexOf('<') < 0 && value.indexOf('&') < 0) {
            return false;
        }
        Matcher matcher = LOOKS_LIKE_HTML.matcher(value);
        while (matcher.find()) {
            String found = matcher.group();
            boolean namedReference = found.startsWith("&") && !found.startsWith("&#");
            if (!namedReference || Entities.isNamedEntity(found.substring(1, found.length() - 1))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The value as one line of plain text (for titles and names).
     *
     * @param value the text or HTML; {@code null} gives {@code null}
     * @param html {@code true} when the value is HTML, whose tags are dropped and entities decoded
     * @return the text with whitespace collapsed, or {@code null} when nothing is left
     */
    public static String line(String value, boolean html) {
        String text = paragraphs(value, html);
        return text == null ? null : blankToNull(collapseWhitespace(text));
    }

    /**
     * Each run of white space (ASCII white space and no-break spaces) as one space. Titles and
     * names are nearly always one line already, so the text itself is returned when nothing changes.
     */
    static String collapseWhitespace(String text) {
        int length = text.length();
        StringBuilder out = null;
        int copied = 0;
        int i = 0;
        while (i < length) {
            if (!isCollapsible(text.charAt(i))) {
                i++;
                continue;
            }
            int runEnd = i + 1;
            while (runEnd < length && isCollapsible(text.charAt(runEnd))) {
                runEnd++;
            }
            if (runEnd - i > 1 || text.charAt(i) != ' ') {
                if (out == null) {
                    out = new StringBuilder(length);
                }
                out.append(text, copied, i).append(' ');
                copied = runEnd;
            }
            i = runEnd;
        }
        return out == null ? text : out.append(text, copied, length).toString();
    }

    private static boolean isCollapsible(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\u000B' || c == '\u00A0';
    }

    /**
     * The value as plain text with paragraphs separated by blank lines (for descriptions).
     *
     * @see #line(String, boolean)
     */
    public static String paragraphs(String value, boolean html) {
        if (value == null) {
            return null;
        }
        return blankToNull(html ? HtmlSanitizer.toText(value) : value);
    }

    /** {@link #line} for a value of undeclared type: HTML if it {@linkplain #looksLikeHtml looks like it}. */
    public static String guessLine(String value) {
        return line(value, looksLikeHtml(value));
    }

    /** Escapes text for inclusion in HTML; paragraphs (blank lines) and line breaks are kept. */
    public static String toHtml(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        if (text.indexOf('\n') < 0) {
            // One line, one paragraph: what the splitting below gives, without its regular expressions.
            out.append("<p>");
            escapeInto(text.strip(), out);
            return out.append("</p>").toString();
        }
        for (String paragraph : text.strip().split("\\r?\\n\\s*\\r?\\n")) {
            out.append("<p>");
            String[] lines = paragraph.strip().split("\\r?\\n");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    out.append("<br>");
                }
                escapeInto(lines[i], out);
            }
            out.append("</p>");
        }
        return out.toString();
    }

    /** The text with the characters that are special in HTML and XML escaped. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        escapeInto(text, out);
        return out.toString();
    }

    /** Appends text with the characters that are special in HTML and XML escaped. */
    public static void escapeInto(CharSequence text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }

    /** The value trimmed, or {@code null} when it is {@code null} or blank. */
    public static String blankToNull(String value) {
        if (value == null) {
            return null;
        }
        String stripped = value.strip();
        return stripped.isEmpty() ? null : stripped;
    }
}
