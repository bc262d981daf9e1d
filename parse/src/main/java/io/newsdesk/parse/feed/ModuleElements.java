package io.newsdesk.parse.feed;

import io.newsdesk.domain.Enclosure;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.text.Urls;
import io.newsdesk.parse.xml.Namespaces;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;
import java.util.Locale;

/**
 * The extension namespaces that appear in RSS, RDF and Atom feeds alike: Dublin Core, {@code
 * content:encoded}, Media RSS, iTunes, inline XHTML bodies, and Atom elements borrowed by RSS.
 * Format readers hand over every element that is not in their own namespace; elements not known
 * here are left for the caller's cursor to skip.
 */
public final class ModuleElements {

    private ModuleElements() {}

    /** Reads an extension element of an entry (item). */
    public static void readEntryElement(XmlCursor cursor, EntryDraft entry, Problems problems)
            throws XmlReadException {
        switch (cursor.namespace()) {
            case Namespaces.DC -> dublinCoreEntry(cursor, entry, problems);
            case Namespaces.DCTERMS -> dublinCoreTermsEntry(cursor, entry, problems);
            case Namespaces.CONTENT -> {
                if (cursor.localName().equals("encoded")) {
                    entry.content(FieldValues.html(cursor), cursor.base());
                }
            }
            case Namespaces.MEDIA -> media(cursor, entry);
            case Namespaces.ITUNES -> itunesEntry(cursor, entry);
            case Namespaces.XHTML -> {
                if (cursor.localName().equals("body")) {
                    String base = cursor.base();
                    entry.content(cursor.readContent(false).value(), base);
                }
            }
            case Namespaces.ATOM10 -> atomInRssEntry(cursor, entry, problems);
            default -> { }
        }
    }

    /** Reads an extension element of the channel (feed). */
    public static void readChannelElement(XmlCursor cursor, FeedDraft feed) throws XmlReadException {
        switch (cursor.namespace()) {
            case Namespaces.DC -> {
                switch (cursor.localName()) {
                    case "title" -> feed.title(FieldValues.line(cursor));
                    case "language" -> feed.language(cursor.readText());
                    case "description" -> feed.fallbackDescription(FieldValues.paragraphs(cursor));
                    default -> { }
                }
            }
            case Namespaces.ITUNES -> {
                switch (cursor.localName()) {
                    case "image" -> feed.fallbackIconUrl(Urls.resolveWeb(cursor.base(), cursor.attribute("href")));
                    case "summary", "subtitle" -> feed.fallbackDescription(FieldValues.paragraphs(cursor));
                    default -> { }
                }
            }
            case Namespaces.ATOM10 -> {
                switch (cursor.localName()) {
                    case "link" -> channelLink(LinkElement.read(cursor), feed);
                    case "icon", "logo" -> feed.fallbackIconUrl(Urls.resolveWeb(cursor.base(), cursor.readText()));
                    default -> { }
                }
            }
            default -> { }
        }
    }

    /** Applies a channel-level Atom link: the feed's own URL or its site. */
    public static void channelLink(LinkElement link, FeedDraft feed) {
        if (link.href() == null) {
            return;
        }
        if (link.rel().equals("self")) {
            feed.selfUrl(link.href());
        } else if (link.isAlternatePage()) {
            feed.link(link.href());
        }
    }

    /** Applies an entry-level Atom link: the entry's page or an enclosure. */
    public static void entryLink(LinkElement link, EntryDraft entry) {
        if (link.href() == null) {
            return;
        }
        if (link.rel().equals("enclosure")) {
            entry.enclosure(new Enclosure(link.href(), link.type(), link.length()));
        } else if (link.isAlternatePage()) {
            entry.link(link.href());
        }
    }

    private static void dublinCoreEntry(XmlCursor cursor, EntryDraft entry, Problems problems)
            throws XmlReadException {
        switch (cursor.localName()) {
            case "creator", "author" -> entry.author(FieldValues.person(cursor));
            case "date" -> entry.published(FieldValues.date(cursor, problems));
            case "subject" -> entry.category(cursor.readText());
            case "language" -> entry.language(cursor.readText());
            case "title" -> entry.fallbackTitle(FieldValues.line(cursor));
            case "description" -> {
                String base = cursor.base();
                entry.fallbackSummary(FieldValues.html(cursor), base);
            }
            default -> { }
        }
    }

    private static void dublinCoreTermsEntry(XmlCursor cursor, EntryDraft entry, Problems problems)
            throws XmlReadException {
        switch (cursor.localName()) {
            case "modified" -> entry.updated(FieldValues.date(cursor, problems));
            case "issued", "created" -> entry.published(FieldValues.date(cursor, problems));
            default -> { }
        }
    }

    private static void itunesEntry(XmlCursor cursor, EntryDraft entry) throws XmlReadException {
        switch (cursor.localName()) {
            case "author" -> entry.author(FieldValues.person(cursor));
            case "image" -> entry.imageUrl(Urls.resolveWeb(cursor.base(), cursor.attribute("href")));
            case "summary" -> {
                String base = cursor.base();
                entry.fallbackSummary(PlainText.toHtml(cursor.readText()), base);
            }
            default -> { }
        }
    }

    private static void media(XmlCursor cursor, EntryDraft entry) throws XmlReadException {
        switch (cursor.localName()) {
            case "content" -> mediaContent(cursor, entry);
            case "thumbnail" -> entry.imageUrl(Urls.resolveWeb(cursor.base(), cursor.attribute("url")));
            case "group" -> {
                int group = cursor.depth();
                while (cursor.nextChild(group)) {
                    if (cursor.namespace().equals(Namespaces.MEDIA)) {
                        media(cursor, entry);
                    }
                }
            }
            case "title" -> {
                boolean html = isHtmlType(cursor);
                entry.fallbackTitle(PlainText.line(cursor.readText(), html));
            }
            case "description" -> {
                boolean html = isHtmlType(cursor);
                String base = cursor.base();
                String text = cursor.readText();
                entry.fallbackSummary(html ? text : PlainText.toHtml(text), base);
            }
            default -> { }
        }
    }

    private static void mediaContent(XmlCursor cursor, EntryDraft entry) throws XmlReadException {
        String url = Urls.resolveWeb(cursor.base(), cursor.attribute("url"));
        if (url != null) {
            String type = PlainText.blankToNull(cursor.attribute("type"));
            String medium = cursor.attribute("medium");
            entry.enclosure(new Enclosure(url, type, FieldValues.count(cursor.attribute("fileSize"))));
            boolean image = "image".equalsIgnoreCase(medium)
                    || type != null && type.toLowerCase(Locale.ROOT).startsWith("image/");
            if (image) {
                entry.imageUrl(url);
            }
        }
        int content = cursor.depth();
        while (cursor.nextChild(content)) {
            if (cursor.namespace().equals(Namespaces.MEDIA)) {
                media(cursor, entry);
            }
        }
    }

    private static boolean isHtmlType(XmlCursor cursor) {
        return "html".equalsIgnoreCase(cursor.attribute("type"));
    }

    private static void atomInRssEntry(XmlCursor cursor, EntryDraft entry, Problems problems)
            throws XmlReadException {
        switch (cursor.localName()) {
            case "link" -> entryLink(LinkElement.read(cursor), entry);
            case "updated" -> entry.updated(FieldValues.date(cursor, problems));
            case "published" -> entry.published(FieldValues.date(cursor, problems));
            default -> { }
        }
    }
}
