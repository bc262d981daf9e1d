package io.newsdesk.parse.feed;

import io.newsdesk.parse.detail.Link;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.text.Urls;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;
import java.util.Locale;

/** Reads an Atom {@code link} element, in an Atom feed or borrowed by RSS. */
public final class LinkElement {

    private static final String IANA_RELATIONS = "http://www.iana.org/assignments/relation/";

    private LinkElement() {}

    /**
     * Reads the current {@code link} element, consuming it. Without an {@code href} the address
     * is the element's text, as early Atom 0.3 feeds wrote it.
     */
    public static Link read(XmlCursor cursor) throws XmlReadException {
        String rel = PlainText.blankToNull(cursor.attribute("rel"));
        String href = cursor.attribute("href");
        String type = FieldValues.attribute(cursor, "type");
        String title = FieldValues.attribute(cursor, "title");
        String length = FieldValues.attribute(cursor, "length");
        String hreflang = FieldValues.attribute(cursor, "hreflang");
        String base = cursor.base();
        if (href == null) {
            href = PlainText.blankToNull(cursor.readText());
        }
        // An empty reference is the base itself (RFC 3986 section 5.2).
        String url = href != null && href.isBlank() ? Urls.resolveSafe(null, base) : Urls.resolveSafe(base, href);
        return new Link(rel == null ? "alternate" : relName(rel), url == null ? "" : url, type, title, length, hreflang);
    }

    /** Registered relations may be written as IANA URIs; they mean the short name. */
    private static String relName(String rel) {
        String lower = rel.toLowerCase(Locale.ROOT);
        return lower.startsWith(IANA_RELATIONS) ? lower.substring(IANA_RELATIONS.length()) : lower;
    }
}
