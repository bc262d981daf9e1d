package io.newsdesk.parse.feed;

import io.newsdesk.parse.date.FeedDates;
import io.newsdesk.parse.date.ParsedDate;
import io.newsdesk.parse.detail.DateValue;
import io.newsdesk.parse.detail.Text;
import io.newsdesk.parse.detail.TextType;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.text.Urls;
import io.newsdesk.parse.xml.ElementContent;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;
import io.newsdesk.sanitize.HtmlSanitizer;

/** Reads the current element as one of the value kinds feeds use. The element is consumed. */
public final class FieldValues {

    private FieldValues() {}

    /**
     * A text from an element whose format declares no type (RSS, Dublin Core, iTunes).
     *
     * @param declared the type the format gives the element: {@link TextType#TEXT} for titles and
     *     names, which still become HTML when they hold markup or look like HTML (as feedparser
     *     reads them); {@link TextType#HTML} for descriptions
     * @return the text, or {@code null} when the element is empty
     */
    public static Text text(XmlCursor cursor, TextType declared) throws XmlReadException {
        String language = cursor.language();
        String base = cursor.base();
        ElementContent content = cursor.readContent(false);
        if (declared.isMarkup()) {
            return of(declared, content.value(), language, base);
        }
        boolean html = content.markup() || PlainText.looksLikeHtml(content.value());
        return of(html ? TextType.HTML : TextType.TEXT, content.value(), language, base);
    }

    /**
     * A text value: plain text is trimmed, HTML sanitized with its relative URLs resolved. An
     * empty element gives an empty text: the feed stated the field, with nothing in it.
     *
     * @return the text, or {@code null} when {@code raw} is {@code null}
     */
    public static Text of(TextType type, String raw, String language, String base) {
        if (raw == null) {
            return null;
        }
        if (raw.isBlank()) {
            return new Text(type, "", language, base);
        }
        if (!type.isMarkup()) {
            return new Text(TextType.TEXT, raw.strip(), language, base);
        }
        String clean = HtmlSanitizer.sanitize(raw, base);
        return new Text(type, clean == null ? "" : clean, language, base);
    }

    /** The element's text, trimmed; {@code null} when it is blank. */
    public static String value(XmlCursor cursor) throws XmlReadException {
        return PlainText.blankToNull(cursor.readText());
    }

    /** The element's text as a URL resolved against its base; {@code null} when blank or unsafe. */
    public static String url(XmlCursor cursor) throws XmlReadException {
        String base = cursor.base();
        return Urls.resolveSafe(base, cursor.readText());
    }

    /** An attribute as a URL resolved against the element's base; {@code null} when missing or unsafe. */
    public static String urlAttribute(XmlCursor cursor, String name) {
        return Urls.resolveSafe(cursor.base(), cursor.attribute(name));
    }

    /** An attribute's value, trimmed; {@code null} when missing or blank. */
    public static String attribute(XmlCursor cursor, String name) {
        return PlainText.blankToNull(cursor.attribute(name));
    }

    /** A date; an unreadable one is noted as a problem and has no parsed value. */
    public static DateValue date(XmlCursor cursor, Problems problems) throws XmlReadException {
        String where = cursor.location();
        String name = cursor.localName();
        String text = PlainText.blankToNull(cursor.readText());
        return date(text, "<" + name + "> at " + where, problems);
    }

    /**
     * A date from text; {@code null} when the text is blank.
     *
     * @param where where the date was, for the message about an unreadable one
     */
    public static DateValue date(String text, String where, Problems problems) {
        String trimmed = PlainText.blankToNull(text);
        if (trimmed == null) {
            return null;
        }
        ParsedDate parsed = FeedDates.parse(trimmed).orElse(null);
        if (parsed == null) {
            problems.data("unreadable date '" + abbreviate(trimmed) + "' in " + where);
        }
        return new DateValue(trimmed, parsed);
    }

    /** A non-negative integer, or {@code null} when the text is not one. */
    public static Long count(String text) {
        String digits = PlainText.blankToNull(text);
        if (digits == null || digits.length() > 18 || !digits.chars().allMatch(Character::isDigit)) {
            return null;
        }
        return Long.parseLong(digits);
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }
}
