package io.newsdesk.parse.atom;

import io.newsdesk.parse.detail.Text;
import io.newsdesk.parse.detail.TextType;
import io.newsdesk.parse.feed.FieldValues;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.text.Urls;
import io.newsdesk.parse.xml.ElementContent;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Atom text constructs and content: {@code type="text"}, {@code "html"} or {@code "xhtml"}
 * (Atom 1.0), MIME types and {@code mode="escaped|base64|xml"} (Atom 0.3).
 */
final class AtomText {

    private AtomText() {}

    /**
     * Reads the current element as a text construct, consuming it.
     *
     * @param atom10 {@code true} in Atom 1.0, whose XHTML is wrapped in a {@code div} that is not
     *     content (0.3's inline XHTML has no such wrapper: a {@code div} in it is content)
     * @return the text; {@code null} when the element is empty or holds something else (binary
     *     content, content by reference)
     */
    static Text read(XmlCursor cursor, boolean atom10) throws XmlReadException {
        String type = lower(cursor.attribute("type"));
        String mode = lower(cursor.attribute("mode"));
        String language = cursor.language();
        String base = cursor.base();
        if (cursor.attribute("src") != null) {
            cursor.skip();
            return null;
        }
        if (type.equals("xhtml") || type.equals("application/xhtml+xml")) {
            ElementContent content = cursor.readContent(atom10);
            // A wrapper div holding only text gives that text, which is not markup.
            String xhtml = content.markup() ? content.value() : PlainText.escape(content.value());
            return FieldValues.of(TextType.XHTML, xhtml, language, base);
        }
        boolean htmlType = type.equals("html") || type.equals("text/html");
        boolean textType = type.isEmpty() || type.equals("text") || type.startsWith("text/");
        if (!htmlType && !textType) {
            // Atom 1.0 content of any other type is base64 (RFC 4287 section 4.1.3.3); it is
            // kept when it is text, which publishers also send this way.
            return atom10 && !type.endsWith("xml") ? FieldValues.of(TextType.TEXT, decodeBase64(cursor.readText()), language, base)
                    : skipped(cursor);
        }
        if (mode.equals("base64")) {
            return FieldValues.of(htmlType ? TextType.HTML : TextType.TEXT, decodeBase64(cursor.readText()), language, base);
        }
        // HTML escaped inside an XHTML div (as TypePad wrote it) is HTML: the div is a wrapper.
        ElementContent content = cursor.readContent(htmlType);
        // Markup inside a text construct is HTML the publisher did not escape.
        boolean html = htmlType || content.markup();
        return FieldValues.of(html ? TextType.HTML : TextType.TEXT, content.value(), language, base);
    }

    /**
     * Reads the current element as an entry's content, consuming it: a text construct, or content
     * by reference ({@code src}, which only content may have).
     *
     * @return the content; {@code null} when it is empty, of a kind {@link #read} skips, or by
     *     reference to an address that is not a web address
     */
    static Text readContent(XmlCursor cursor, boolean atom10) throws XmlReadException {
        String src = cursor.attribute("src");
        if (src == null) {
            return read(cursor, atom10);
        }
        String url = Urls.resolveSafe(cursor.base(), src);
        Text reference = url == null ? null : Text.byReference(url, cursor.language(), cursor.base());
        cursor.skip();
        return reference;
    }

    private static Text skipped(XmlCursor cursor) throws XmlReadException {
        cursor.skip();
        return null;
    }

    /** The text base64 encodes, or {@code null} when it is not base64 or not UTF-8 text. */
    private static String decodeBase64(String text) {
        try {
            byte[] bytes = Base64.getMimeDecoder().decode(text.strip());
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    private static String lower(String value) {
        return value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    }
}
