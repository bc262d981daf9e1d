package io.newsdesk.parse.atom;

import io.newsdesk.parse.detail.FeedVersion;
import io.newsdesk.parse.feed.DocumentBuilder;
import io.newsdesk.parse.feed.EntryBuilder;
import io.newsdesk.parse.feed.FormatReader;
import io.newsdesk.parse.feed.MetadataBuilder;
import io.newsdesk.parse.module.ModuleElements;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.xml.Namespaces;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;

/**
 * Atom 1.0 and Atom 0.3 (and the drafts before it). The two differ in namespace and in a few
 * element names, which {@link AtomElements} reads alike.
 */
public final class AtomReader implements FormatReader {

    @Override
    public void read(XmlCursor cursor, DocumentBuilder document) throws XmlReadException {
        String atom = cursor.namespace();
        FeedVersion version = version(atom, PlainText.blankToNull(cursor.attribute("version")));
        document.version(version);
        boolean atom10 = version == FeedVersion.ATOM10 || version == FeedVersion.ATOM_UNKNOWN;
        MetadataBuilder feed = document.metadata();
        String feedLanguage = cursor.language();
        int root = cursor.depth();
        while (cursor.nextChild(root)) {
            if (!isAtom(cursor.namespace(), atom)) {
                ModuleElements.readChannelElement(cursor, feed, document.problems());
            } else if (!AtomElements.readMetadataChild(cursor, feed, atom10, document.problems())) {
                // Entries; some feeds call them items, as RSS does.
                readEntry(cursor, document, atom);
            }
        }
        feed.language(feedLanguage);
    }

    /**
     * {@code true} for the elements read as Atom's: those in the root's namespace, and those in
     * an Atom namespace under a root in another (a feed whose root lacks the default namespace).
     */
    private static boolean isAtom(String namespace, String rootNamespace) {
        return namespace.equals(rootNamespace) || namespace.equals(Namespaces.ATOM10) || namespace.equals(Namespaces.ATOM03);
    }

    static FeedVersion version(String namespace, String declared) {
        if (namespace.equals(Namespaces.ATOM10)) {
            return FeedVersion.ATOM10;
        }
        if (declared == null) {
            return namespace.equals(Namespaces.ATOM03) ? FeedVersion.ATOM03 : FeedVersion.ATOM_UNKNOWN;
        }
        return switch (declared) {
            case "0.1" -> FeedVersion.ATOM01;
            case "0.2" -> FeedVersion.ATOM02;
            case "0.3" -> FeedVersion.ATOM03;
            case "1.0" -> FeedVersion.ATOM10;
            default -> FeedVersion.ATOM_UNKNOWN;
        };
    }

    private static void readEntry(XmlCursor cursor, DocumentBuilder document, String atom) throws XmlReadException {
        if (!document.wantsEntries()) {
            cursor.skip();
            return;
        }
        EntryBuilder entry = new EntryBuilder();
        entry.language(PlainText.blankToNull(cursor.language()));
        int element = cursor.depth();
        while (cursor.nextChild(element)) {
            if (isAtom(cursor.namespace(), atom)) {
                AtomElements.readEntryChild(cursor, entry, atom, document.problems());
            } else {
                ModuleElements.readEntryElement(cursor, entry, document.problems());
            }
        }
        document.add(entry.build());
    }
}
