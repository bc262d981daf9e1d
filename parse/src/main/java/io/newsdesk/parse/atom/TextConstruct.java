package io.newsdesk.parse.atom;

import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.xml.ElementContent;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * An Atom text construct or content element: {@code type="text"}, {@code "html"} or
 * {@code "xhtml"} (Atom 1.0), MIME types and {@code mode="escaped|base64|xml"} (Atom 0.3).
 *
 * @param value the text or HTML; {@code null} when the element held something else (binary
 *     content, or content by reference)
 * @param html {@code true} when {@code value} is HTML
 */
record TextConstruct(String value, boolean html) {

    private static final TextConstruct NOTHING = new TextConstruct(null, false);

    /** Reads the current element as a text construct, consuming it. */
    static TextConstruct read(XmlCursor cursor) throws XmlReadException {
        String type = lower(cursor.attribute("type"));
        String mode = lower(cursor.attribute("mode"));
        if (cursor.attribute("src") != null) {
            cursor.skip();
            return NOTHING;
        }
        if (type.equals("xhtml") || type.equals("application/xhtml+xml")) {
            ElementContent content = cursor.readContent(true);
            return new TextConstruct(content.value(), true);
        }
        boolean htmlType = type.equals("html") || type.equals("text/html");
        boolean textType = type.isEmpty() || type.equals("text") || type.startsWith("text/");
        if (!htmlType && !textType) {
            cursor.skip();
            return NOTHING;
        }
        if (mode.equals("base64")) {
            return new TextConstruct(decodeBase64(cursor.readText()), htmlType);
        }
        ElementContent content = cursor.readContent(false);
        // Markup inside a text construct is HTML the publisher did not escape.
        return new TextConstruct(content.value(), htmlType || content.markup());
    }

    /** The value as one line of plain text. */
    String line() {
        return PlainText.line(value, html);
    }

    /** The value as plain text with paragraphs. */
    String paragraphs() {
        return PlainText.paragraphs(value, html);
    }

    /** The value as HTML (escaped when it is text). */
    String asHtml() {
        return html ? value : PlainText.toHtml(value);
    }

    private static String decodeBase64(String text) {
        try {
            return new String(Base64.getMimeDecoder().decode(text.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
