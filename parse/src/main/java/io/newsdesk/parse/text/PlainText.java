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

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

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
        return text == null ? null : blankToNull(WHITESPACE.matcher(text).replaceAll(" "));
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
