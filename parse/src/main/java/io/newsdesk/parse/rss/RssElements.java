package io.newsdesk.parse.rss;

import io.newsdesk.domain.Enclosure;
import io.newsdesk.domain.Source;
import io.newsdesk.parse.feed.EntryDraft;
import io.newsdesk.parse.feed.FeedDraft;
import io.newsdesk.parse.feed.FieldValues;
import io.newsdesk.parse.feed.ModuleElements;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.text.Urls;
import io.newsdesk.parse.xml.Namespaces;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;
import java.time.Duration;
import java.util.Locale;

/**
 * The channel, image and item elements that RSS 0.9x, 1.0 (RDF) and 2.0 share. Their own
 * elements are read in any of RSS's namespaces (none, RSS 0.90's, RSS 1.0's), since publishers mix
 * them up, and in any letter case, as feedparser and iTunes read them; everything else goes to
 * {@link ModuleElements}.
 */
public final class RssElements {

    private RssElements() {}

    /** {@code true} for the namespaces RSS's own elements appear in. */
    public static boolean isRssNamespace(String namespace) {
        return namespace.isEmpty() || namespace.equals(Namespaces.RSS10) || namespace.equals(Namespaces.RSS090);
    }

    /** Reads one child of {@code <channel>} (or of RSS 1.0's root, which holds the same elements). */
    public static void readChannelChild(XmlCursor cursor, FeedDraft feed) throws XmlReadException {
        if (!isRssNamespace(cursor.namespace())) {
            ModuleElements.readChannelElement(cursor, feed);
            return;
        }
        switch (cursor.localName().toLowerCase(Locale.ROOT)) {
            case "title" -> feed.title(FieldValues.line(cursor));
            case "link" -> feed.link(Urls.resolveWeb(cursor.base(), cursor.readText()));
            case "description" -> feed.description(FieldValues.paragraphs(cursor));
            case "language" -> feed.language(cursor.readText());
            case "image" -> readImage(cursor, feed);
            case "ttl" -> feed.ttl(ttl(cursor.readText()));
            case "item" -> readItem(cursor, feed);
            default -> { }
        }
    }

    /** Reads {@code <image>}: the channel's logo. */
    public static void readImage(XmlCursor cursor, FeedDraft feed) throws XmlReadException {
        int image = cursor.depth();
        while (cursor.nextChild(image)) {
            if (isRssNamespace(cursor.namespace()) && cursor.localName().equalsIgnoreCase("url")) {
                feed.iconUrl(Urls.resolveWeb(cursor.base(), cursor.readText()));
            }
        }
    }

    /** Reads {@code <item>} and adds the entry to the feed. */
    public static void readItem(XmlCursor cursor, FeedDraft feed) throws XmlReadException {
        if (!feed.wantsEntries()) {
            cursor.skip();
            return;
        }
        EntryDraft entry = new EntryDraft();
        String itemLanguage = cursor.language();
        String about = cursor.attribute(Namespaces.RDF, "about");
        boolean added = false;
        int item = cursor.depth();
        while (cursor.nextChild(item)) {
            boolean rss = isRssNamespace(cursor.namespace());
            if (rss && cursor.localName().equalsIgnoreCase("item")) {
                // An item inside an item: the publisher left the first one open, and the lenient
                // parser nested the next one in it. The first one ended where the second began.
                if (!added) {
                    added = true;
                    addEntry(entry, about, itemLanguage, feed);
                }
                readItem(cursor, feed);
            } else if (rss) {
                readItemChild(cursor, entry, feed);
            } else {
                ModuleElements.readEntryElement(cursor, entry, feed.problems());
            }
        }
        if (!added) {
            addEntry(entry, about, itemLanguage, feed);
        }
    }

    private static void addEntry(EntryDraft entry, String about, String itemLanguage, FeedDraft feed) {
        if (about != null) {
            entry.guid(about);
            entry.permalinkGuid(Urls.isWeb(about.strip()) ? about.strip() : null);
        }
        entry.language(itemLanguage);
        feed.add(entry.build(null, feed.language()));
    }

    private static void readItemChild(XmlCursor cursor, EntryDraft entry, FeedDraft feed) throws XmlReadException {
        String base = cursor.base();
        switch (cursor.localName().toLowerCase(Locale.ROOT)) {
            case "title" -> entry.title(FieldValues.line(cursor));
            case "link" -> entry.link(Urls.resolveWeb(base, cursor.readText()));
            case "description" -> entry.summary(FieldValues.html(cursor), base);
            case "author" -> entry.author(FieldValues.person(cursor));
            case "category" -> entry.category(cursor.readText());
            case "pubdate" -> entry.published(FieldValues.date(cursor, feed.problems()));
            case "enclosure" -> enclosure(cursor, entry);
            case "guid" -> guid(cursor, entry);
            case "source" -> source(cursor, entry);
            default -> { }
        }
    }

    private static void enclosure(XmlCursor cursor, EntryDraft entry) {
        String url = Urls.resolveWeb(cursor.base(), cursor.attribute("url"));
        if (url != null) {
            entry.enclosure(new Enclosure(
                    url,
                    PlainText.blankToNull(cursor.attribute("type")),
                    FieldValues.count(cursor.attribute("length"))));
        }
    }

    /** A guid is the permalink unless it says otherwise, provided it is a URL at all. */
    private static void guid(XmlCursor cursor, EntryDraft entry) throws XmlReadException {
        String permaLink = cursor.attribute("isPermaLink");
        String text = PlainText.blankToNull(cursor.readText());
        if (text == null) {
            return;
        }
        entry.guid(text);
        boolean permalink = permaLink == null || !permaLink.strip().toLowerCase(Locale.ROOT).equals("false");
        if (permalink && Urls.isWeb(text)) {
            entry.permalinkGuid(text);
        }
    }

    private static void source(XmlCursor cursor, EntryDraft entry) throws XmlReadException {
        String url = Urls.resolveWeb(cursor.base(), cursor.attribute("url"));
        String name = FieldValues.line(cursor);
        if (name != null || url != null) {
            entry.source(new Source(name, url));
        }
    }

    private static Duration ttl(String minutes) {
        Long value = FieldValues.count(minutes);
        return value == null || value > Duration.ofDays(3650).toMinutes() ? null : Duration.ofMinutes(value);
    }
}
