package io.newsdesk.parse.feed;

import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.text.Urls;
import io.newsdesk.parse.xml.XmlCursor;
import java.util.Locale;

/**
 * An Atom {@code link} element, in an Atom feed or borrowed by RSS.
 *
 * @param rel the relation, lower case; {@code "alternate"} when the element has none
 * @param href the absolute URL, or {@code null} when it is missing or not a web URL
 * @param type the media type, or {@code null}
 * @param length the size in bytes, or {@code null}
 */
public record LinkElement(String rel, String href, String type, Long length) {

    /** Reads the current {@code link} element's attributes (without consuming it). */
    public static LinkElement read(XmlCursor cursor) {
        String rel = PlainText.blankToNull(cursor.attribute("rel"));
        String href = cursor.attribute("href");
        // An empty reference is the base itself (RFC 3986 section 5.2).
        String url = href != null && href.isBlank() ? Urls.resolveWeb(null, cursor.base()) : Urls.resolveWeb(cursor.base(), href);
        return new LinkElement(
                rel == null ? "alternate" : relName(rel),
                url,
                PlainText.blankToNull(cursor.attribute("type")),
                FieldValues.count(cursor.attribute("length")));
    }

    /** Registered relations may be written as IANA URIs; they mean the short name. */
    private static String relName(String rel) {
        String lower = rel.toLowerCase(Locale.ROOT);
        String iana = "http://www.iana.org/assignments/relation/";
        return lower.startsWith(iana) ? lower.substring(iana.length()) : lower;
    }

    /** {@code true} for a link to the entry or site itself, as a web page. */
    public boolean isAlternatePage() {
        return rel.equals("alternate") && (type == null || type.contains("html"));
    }
}
