package io.newsdesk.parse.atom;

import io.newsdesk.domain.FeedFormat;
import io.newsdesk.domain.Source;
import io.newsdesk.parse.feed.EntryDraft;
import io.newsdesk.parse.feed.FeedDraft;
import io.newsdesk.parse.feed.FieldValues;
import io.newsdesk.parse.feed.FormatReader;
import io.newsdesk.parse.feed.LinkElement;
import io.newsdesk.parse.feed.ModuleElements;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.text.Urls;
import io.newsdesk.parse.xml.Namespaces;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;

/**
 * Atom 1.0 and Atom 0.3. The two differ in namespace and in a few element names (0.3's
 * {@code tagline}, {@code issued}, {@code modified}, {@code created}), which are read here too.
 */
public final class AtomReader implements FormatReader {

    @Override
    public void read(XmlCursor cursor, FeedDraft feed) throws XmlReadException {
        String atom = cursor.namespace();
        boolean atom03 = atom.equals(Namespaces.ATOM03) || "0.3".equals(PlainText.blankToNull(cursor.attribute("version")));
        feed.format(atom03 ? FeedFormat.ATOM03 : FeedFormat.ATOM10);
        String feedLanguage = cursor.language();
        int root = cursor.depth();
        while (cursor.nextChild(root)) {
            if (cursor.namespace().equals(atom)) {
                readFeedChild(cursor, feed, atom);
            } else {
                ModuleElements.readChannelElement(cursor, feed);
            }
        }
        feed.language(feedLanguage);
    }

    private static void readFeedChild(XmlCursor cursor, FeedDraft feed, String atom) throws XmlReadException {
        String base = cursor.base();
        switch (cursor.localName()) {
            case "title" -> feed.title(TextConstruct.read(cursor).line());
            case "subtitle", "tagline" -> feed.description(TextConstruct.read(cursor).paragraphs());
            case "link" -> ModuleElements.channelLink(LinkElement.read(cursor), feed);
            case "icon" -> feed.iconUrl(Urls.resolveWeb(base, cursor.readText()));
            case "logo" -> feed.fallbackIconUrl(Urls.resolveWeb(base, cursor.readText()));
            case "author" -> feed.author(person(cursor, atom));
            case "entry" -> readEntry(cursor, feed, atom);
            default -> { }
        }
    }

    private static void readEntry(XmlCursor cursor, FeedDraft feed, String atom) throws XmlReadException {
        if (!feed.wantsEntries()) {
            cursor.skip();
            return;
        }
        EntryDraft entry = new EntryDraft();
        entry.language(cursor.language());
        int element = cursor.depth();
        while (cursor.nextChild(element)) {
            if (cursor.namespace().equals(atom)) {
                readEntryChild(cursor, entry, feed, atom);
            } else {
                ModuleElements.readEntryElement(cursor, entry, feed.problems());
            }
        }
        feed.add(entry.build(feed.authors(), feed.language()));
    }

    private static void readEntryChild(XmlCursor cursor, EntryDraft entry, FeedDraft feed, String atom)
            throws XmlReadException {
        String base = cursor.base();
        switch (cursor.localName()) {
            case "id" -> entry.guid(cursor.readText());
            case "title" -> entry.title(TextConstruct.read(cursor).line());
            case "link" -> ModuleElements.entryLink(LinkElement.read(cursor), entry);
            case "published", "issued", "created" -> entry.published(FieldValues.date(cursor, feed.problems()));
            case "updated", "modified" -> entry.updated(FieldValues.date(cursor, feed.problems()));
            case "author" -> entry.author(person(cursor, atom));
            case "summary" -> entry.summary(TextConstruct.read(cursor).asHtml(), base);
            case "content" -> {
                // The content's language is the entry's when nothing around it says otherwise.
                entry.language(cursor.language());
                entry.content(TextConstruct.read(cursor).asHtml(), base);
            }
            case "category" -> {
                String label = PlainText.blankToNull(cursor.attribute("label"));
                entry.category(label != null ? label : cursor.attribute("term"));
            }
            case "source" -> entry.source(source(cursor, atom));
            default -> { }
        }
    }

    /** A person construct's name, or its email when it has no name. */
    private static String person(XmlCursor cursor, String atom) throws XmlReadException {
        String name = null;
        String email = null;
        int person = cursor.depth();
        while (cursor.nextChild(person)) {
            if (cursor.namespace().equals(atom)) {
                switch (cursor.localName()) {
                    case "name" -> name = FieldValues.person(cursor);
                    case "email" -> email = PlainText.blankToNull(cursor.readText());
                    default -> { }
                }
            }
        }
        return name != null ? name : email;
    }

    /** The feed an entry was copied from: its title and home page. */
    private static Source source(XmlCursor cursor, String atom) throws XmlReadException {
        String title = null;
        String link = null;
        int source = cursor.depth();
        while (cursor.nextChild(source)) {
            if (!cursor.namespace().equals(atom)) {
                continue;
            }
            switch (cursor.localName()) {
                case "title" -> title = TextConstruct.read(cursor).line();
                case "link" -> {
                    LinkElement alternate = LinkElement.read(cursor);
                    if (link == null && alternate.isAlternatePage()) {
                        link = alternate.href();
                    }
                }
                default -> { }
            }
        }
        return title == null && link == null ? null : new Source(title, link);
    }
}
