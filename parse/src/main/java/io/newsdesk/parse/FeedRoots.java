package io.newsdesk.parse;

import io.newsdesk.parse.atom.AtomReader;
import io.newsdesk.parse.feed.FormatReader;
import io.newsdesk.parse.rdf.RdfReader;
import io.newsdesk.parse.rss.RssReader;
import io.newsdesk.parse.xml.Namespaces;
import io.newsdesk.parse.xml.XmlCursor;
import java.util.Locale;

/** Recognizes an XML feed's format from its root element: the document decides, not the content type. */
final class FeedRoots {

    private static final FormatReader RSS = new RssReader();
    private static final FormatReader RDF = new RdfReader();
    private static final FormatReader ATOM = new AtomReader();

    private FeedRoots() {}

    /** The reader for the root element the cursor is on, or {@code null} when it is no feed's root. */
    static FormatReader readerFor(XmlCursor cursor) {
        String namespace = cursor.namespace();
        return switch (cursor.localName()) {
            case "rss" -> RSS;
            case "RDF" -> namespace.equals(Namespaces.RDF) ? RDF : null;
            // Atom drafts and experiments used namespaces of their own; the structure is Atom's.
            case "feed" -> ATOM;
            default -> null;
        };
    }

    /** Why a document whose root is not a feed's is refused, in the user's words. */
    static String refusal(XmlCursor cursor) {
        String name = cursor.localName();
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "html" -> "not a feed: this is an HTML page";
            case "opml" -> "not a feed: this is an OPML subscription list; import it instead";
            default -> "not a feed: the root element is <" + name + ">, not <rss>, <feed> or <rdf:RDF>";
        };
    }
}
