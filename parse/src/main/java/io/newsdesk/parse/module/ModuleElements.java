package io.newsdesk.parse.module;

import io.newsdesk.parse.detail.ExtensionElement;
import io.newsdesk.parse.detail.InReplyTo;
import io.newsdesk.parse.detail.Link;
import io.newsdesk.parse.detail.TextType;
import io.newsdesk.parse.feed.CommonFields;
import io.newsdesk.parse.feed.EntryBuilder;
import io.newsdesk.parse.feed.FieldValues;
import io.newsdesk.parse.feed.MetadataBuilder;
import io.newsdesk.parse.feed.Problems;
import io.newsdesk.parse.text.Urls;
import io.newsdesk.parse.xml.Namespaces;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;

/**
 * The extension namespaces that appear in RSS, RDF and Atom feeds alike: Dublin Core, {@code
 * content:encoded}, Media RSS, iTunes, GeoRSS, Podlove chapters, Atom threading, inline XHTML
 * bodies. Format readers hand over every element that is not their own; what no mapping reads is
 * kept as an {@link ExtensionElement}.
 */
public final class ModuleElements {

    private ModuleElements() {}

    /** Reads an extension element of an entry (item), consuming it. */
    public static void readEntryElement(XmlCursor cursor, EntryBuilder entry, Problems problems)
            throws XmlReadException {
        boolean read = switch (cursor.namespace()) {
            case Namespaces.DC, Namespaces.DCTERMS -> DublinCore.read(cursor, entry, problems);
            case Namespaces.ITUNES -> Itunes.read(cursor, entry);
            case Namespaces.MEDIA -> MediaElements.read(cursor, entry);
            case Namespaces.GEORSS -> GeoElements.readGeoRss(cursor, entry, problems);
            case Namespaces.GML -> GeoElements.readGml(cursor, entry, problems);
            case Namespaces.THREADING -> inReplyTo(cursor, entry);
            case Namespaces.CC, Namespaces.CREATIVE_COMMONS -> license(cursor, entry);
            case Namespaces.WFW -> commentApi(cursor, entry);
            case Namespaces.CONTENT -> {
                if (cursor.localName().equals("encoded")) {
                    entry.content(FieldValues.text(cursor, TextType.HTML));
                    yield true;
                }
                yield false;
            }
            case Namespaces.XHTML -> {
                if (cursor.localName().equals("body")) {
                    entry.content(FieldValues.text(cursor, TextType.XHTML));
                    yield true;
                }
                yield false;
            }
            case Namespaces.PSC -> {
                if (cursor.localName().equals("chapters")) {
                    entry.chapters(PodloveChapters.read(cursor));
                    yield true;
                }
                yield false;
            }
            default -> false;
        };
        if (!read) {
            keep(cursor, entry);
        }
    }

    /** Reads an extension element of the channel (feed), consuming it. */
    public static void readChannelElement(XmlCursor cursor, MetadataBuilder feed, Problems problems)
            throws XmlReadException {
        boolean read = switch (cursor.namespace()) {
            case Namespaces.DC, Namespaces.DCTERMS -> DublinCore.read(cursor, feed, problems);
            case Namespaces.ITUNES -> Itunes.read(cursor, feed);
            case Namespaces.THREADING -> inReplyTo(cursor, feed);
            case Namespaces.CC, Namespaces.CREATIVE_COMMONS -> license(cursor, feed);
            case Namespaces.FEEDBURNER -> {
                // FeedBurner's note to people who open the feed in a browser: Atom 0.3's info.
                if (cursor.localName().equals("browserFriendly")) {
                    feed.info(FieldValues.text(cursor, TextType.TEXT));
                    yield true;
                }
                yield false;
            }
            default -> false;
        };
        if (!read) {
            keep(cursor, feed);
        }
    }

    /** Keeps an element no mapping reads, with its text, consuming it. */
    public static void keep(XmlCursor cursor, CommonFields fields) throws XmlReadException {
        String namespace = cursor.namespace();
        String prefix = cursor.prefix();
        String localName = cursor.localName();
        String value = cursor.readText().strip();
        fields.extension(new ExtensionElement(namespace, prefix, localName, value));
    }

    /**
     * A Creative Commons licence: {@code cc:license rdf:resource="…"} or
     * {@code creativeCommons:license} with the address as text; a link with {@code rel="license"}.
     */
    private static boolean license(XmlCursor cursor, CommonFields fields) throws XmlReadException {
        if (!cursor.localName().equals("license")) {
            return false;
        }
        String url = Urls.resolveSafe(cursor.base(), cursor.attribute(Namespaces.RDF, "resource"));
        if (url == null) {
            url = FieldValues.url(cursor);
        }
        if (url != null) {
            fields.link(new Link("license", url, null, null, null, null));
        }
        return true;
    }

    /** The Comment API's addresses ({@code wfw:comment}, {@code wfw:commentRss}): kept, made absolute. */
    private static boolean commentApi(XmlCursor cursor, CommonFields fields) throws XmlReadException {
        String prefix = cursor.prefix();
        String localName = cursor.localName();
        String url = FieldValues.url(cursor);
        if (url != null) {
            fields.extension(new ExtensionElement(Namespaces.WFW, prefix, localName, url));
        }
        return true;
    }

    private static boolean inReplyTo(XmlCursor cursor, CommonFields fields) {
        if (!cursor.localName().equals("in-reply-to")) {
            return false;
        }
        String ref = FieldValues.attribute(cursor, "ref");
        if (ref != null) {
            fields.inReplyTo(new InReplyTo(ref, FieldValues.urlAttribute(cursor, "href"),
                    FieldValues.attribute(cursor, "type"), FieldValues.urlAttribute(cursor, "source")));
        }
        return true;
    }
}
