package io.newsdesk.parse.detail;

import io.newsdesk.parse.text.PlainText;
import io.newsdesk.sanitize.HtmlSanitizer;
import java.util.Objects;

/**
 * A text field as the feed stated it: Atom's text constructs, and RSS elements read the same way.
 *
 * @param type whether {@code value} is plain text or (sanitized) markup
 * @param value the text, or the sanitized HTML when {@code type} is markup; never {@code null},
 *     possibly empty when sanitizing left nothing
 * @param language the effective {@code xml:lang} of the element (or the document's language), or
 *     {@code null}
 * @param base the effective {@code xml:base} of the element: what relative URLs in it were
 *     resolved against; {@code null} when unknown
 * @param src where the content is, when the feed gives it by reference (Atom's
 *     {@code <content src="…">}): its address, resolved against the element's base, with an
 *     empty {@code value}; else {@code null}
 */
public record Text(TextType type, String value, String language, String base, String src) {

    public Text {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
    }

    /** A text the feed gives in full. */
    public Text(TextType type, String value, String language, String base) {
        this(type, value, language, base, null);
    }

    /** Content the feed gives by reference: the address of a document, video or the like, and no text. */
    public static Text byReference(String src, String language, String base) {
        return new Text(TextType.TEXT, "", language, base, Objects.requireNonNull(src, "src"));
    }

    /** The value as plain text, whitespace kept (markup dropped, entities decoded). */
    public String plainText() {
        return type.isMarkup() ? HtmlSanitizer.toText(value) : value;
    }

    /** The value as one line of plain text, or {@code null} when nothing is left. */
    public String line() {
        return PlainText.line(value, type.isMarkup());
    }

    /** The value as plain text with paragraphs, or {@code null} when nothing is left. */
    public String paragraphs() {
        return PlainText.paragraphs(value, type.isMarkup());
    }

    /** The value as sanitized HTML (text escaped, paragraphs kept), or {@code null} when it is blank. */
    public String html() {
        if (type.isMarkup()) {
            return value.isBlank() ? null : value;
        }
        return HtmlSanitizer.sanitize(PlainText.toHtml(value), base);
    }
}
