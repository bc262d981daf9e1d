package io.newsdesk.parse.feed;

import io.newsdesk.parse.date.FeedDates;
import io.newsdesk.parse.date.ParsedDate;
import io.newsdesk.parse.text.PersonNames;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.xml.ElementContent;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;
import java.util.function.Consumer;

/**
 * Reads the current element as one of the value kinds feeds use. The element is consumed.
 */
public final class FieldValues {

    private FieldValues() {}

    /**
     * A one-line plain-text value (title, name) from an element without a declared type: HTML
     * inside it, escaped or not, is reduced to its text.
     */
    public static String line(XmlCursor cursor) throws XmlReadException {
        ElementContent content = cursor.readContent(false);
        return PlainText.line(content.value(), isHtml(content));
    }

    /** A plain-text value that may have paragraphs (a channel description), HTML reduced as in {@link #line}. */
    public static String paragraphs(XmlCursor cursor) throws XmlReadException {
        ElementContent content = cursor.readContent(false);
        return PlainText.paragraphs(content.value(), isHtml(content));
    }

    private static boolean isHtml(ElementContent content) {
        return content.markup() || PlainText.looksLikeHtml(content.value());
    }

    /** HTML from an element whose text is HTML (RSS description), or that holds it unescaped. */
    public static String html(XmlCursor cursor) throws XmlReadException {
        return cursor.readContent(false).value();
    }

    /** A person's name, from "email (Name)" and similar forms. */
    public static String person(XmlCursor cursor) throws XmlReadException {
        return PersonNames.clean(line(cursor));
    }

    /**
     * A date; an unreadable one is noted as a problem and gives {@code null}.
     */
    public static ParsedDate date(XmlCursor cursor, Consumer<String> problems) throws XmlReadException {
        String where = cursor.location();
        String name = cursor.localName();
        String text = cursor.readText();
        if (text.isBlank()) {
            return null;
        }
        ParsedDate date = FeedDates.parse(text).orElse(null);
        if (date == null) {
            problems.accept("unreadable date '" + abbreviate(text.strip()) + "' in <" + name + "> at " + where);
        }
        return date;
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
