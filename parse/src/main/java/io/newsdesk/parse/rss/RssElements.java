package io.newsdesk.parse.rss;

import io.newsdesk.parse.atom.AtomElements;
import io.newsdesk.parse.detail.Category;
import io.newsdesk.parse.detail.Cloud;
import io.newsdesk.parse.detail.FeedMetadata;
import io.newsdesk.parse.detail.Generator;
import io.newsdesk.parse.detail.Image;
import io.newsdesk.parse.detail.Link;
import io.newsdesk.parse.detail.Text;
import io.newsdesk.parse.detail.TextInput;
import io.newsdesk.parse.detail.TextType;
import io.newsdesk.parse.feed.DocumentBuilder;
import io.newsdesk.parse.feed.EntryBuilder;
import io.newsdesk.parse.feed.FieldValues;
import io.newsdesk.parse.feed.MetadataBuilder;
import io.newsdesk.parse.feed.Problems;
import io.newsdesk.parse.module.ModuleElements;
import io.newsdesk.parse.text.PersonNames;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.text.Urls;
import io.newsdesk.parse.xml.Namespaces;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;
import java.util.Locale;

/**
 * The channel, image and item elements that RSS 0.9x, 1.0 (RDF) and 2.0 share. Their own
 * elements are read in any of RSS's namespaces (none, RSS 0.90's, RSS 1.0's), since publishers mix
 * them up, and in any letter case, as feedparser and iTunes read them; Atom elements borrowed by
 * RSS are read as in Atom, and everything else goes to {@link ModuleElements}.
 */
public final class RssElements {

    private RssElements() {}

    /** {@code true} for the namespaces RSS's own elements appear in. */
    public static boolean isRssNamespace(String namespace) {
        return namespace.isEmpty() || namespace.equals(Namespaces.RSS10) || namespace.equals(Namespaces.RSS090);
    }

    /** Reads one child of {@code <channel>} (or of RSS 1.0's root, which holds the same elements). */
    public static void readChannelChild(XmlCursor cursor, DocumentBuilder document) throws XmlReadException {
        MetadataBuilder feed = document.metadata();
        Problems problems = document.problems();
        if (cursor.namespace().equals(Namespaces.ATOM10)) {
            if (!AtomElements.readMetadataChild(cursor, feed, true, problems)) {
                cursor.skip();
            }
            return;
        }
        if (!isRssNamespace(cursor.namespace())) {
            ModuleElements.readChannelElement(cursor, feed, problems);
            return;
        }
        switch (cursor.localName().toLowerCase(Locale.ROOT)) {
            case "title" -> feed.title(FieldValues.text(cursor, TextType.TEXT));
            case "link" -> feed.link(pageLink(cursor));
            case "description" -> feed.subtitle(FieldValues.text(cursor, TextType.HTML));
            case "language" -> feed.language(FieldValues.value(cursor));
            case "copyright" -> feed.rights(FieldValues.text(cursor, TextType.TEXT));
            case "managingeditor", "author" -> feed.author(PersonNames.parse(cursor.readText()));
            case "webmaster" -> feed.publisher(PersonNames.parse(cursor.readText()));
            case "pubdate" -> feed.published(FieldValues.date(cursor, problems));
            case "lastbuilddate" -> feed.updated(FieldValues.date(cursor, problems));
            case "category" -> feed.category(category(cursor));
            case "generator" -> {
                String name = PlainText.guessLine(cursor.readText());
                feed.generator(name == null ? null : new Generator(name, null, null));
            }
            case "docs" -> feed.docs(FieldValues.url(cursor));
            case "cloud" -> feed.cloud(new Cloud(cursor.attribute("domain"), cursor.attribute("port"),
                    cursor.attribute("path"), cursor.attribute("registerProcedure"), cursor.attribute("protocol")));
            case "ttl" -> feed.ttl(FieldValues.value(cursor));
            case "image" -> feed.image(image(cursor));
            case "textinput" -> feed.textInput(textInput(cursor));
            case "item" -> readItem(cursor, document);
            default -> ModuleElements.keep(cursor, feed);
        }
    }

    /** Reads {@code <image>}: the channel's logo. */
    public static Image image(XmlCursor cursor) throws XmlReadException {
        String url = null;
        Text title = null;
        String link = null;
        String width = null;
        String height = null;
        Text description = null;
        int image = cursor.depth();
        while (cursor.nextChild(image)) {
            if (!isRssNamespace(cursor.namespace())) {
                continue;
            }
            switch (cursor.localName().toLowerCase(Locale.ROOT)) {
                case "url" -> url = FieldValues.url(cursor);
                case "title" -> title = FieldValues.text(cursor, TextType.TEXT);
                case "link" -> link = FieldValues.url(cursor);
                case "width" -> width = FieldValues.value(cursor);
                case "height" -> height = FieldValues.value(cursor);
                case "description" -> description = FieldValues.text(cursor, TextType.TEXT);
                default -> { }
            }
        }
        return new Image(url, title == null ? null : title.value(), link, width, height,
                description == null ? null : description.value());
    }

    private static TextInput textInput(XmlCursor cursor) throws XmlReadException {
        String title = null;
        String description = null;
        String name = null;
        String link = null;
        int element = cursor.depth();
        while (cursor.nextChild(element)) {
            if (!isRssNamespace(cursor.namespace())) {
                continue;
            }
            switch (cursor.localName().toLowerCase(Locale.ROOT)) {
                case "title" -> title = FieldValues.value(cursor);
                case "description" -> description = FieldValues.value(cursor);
                case "name" -> name = FieldValues.value(cursor);
                case "link" -> link = FieldValues.url(cursor);
                default -> { }
            }
        }
        return new TextInput(title, description, name, link);
    }

    /** Reads {@code <item>} and adds the entry to the document. */
    public static void readItem(XmlCursor cursor, DocumentBuilder document) throws XmlReadException {
        if (!document.wantsEntries()) {
            cursor.skip();
            return;
        }
        EntryBuilder entry = new EntryBuilder();
        entry.language(PlainText.blankToNull(cursor.language()));
        String about = PlainText.blankToNull(cursor.attribute(Namespaces.RDF, "about"));
        boolean added = false;
        int item = cursor.depth();
        while (cursor.nextChild(item)) {
            boolean rss = isRssNamespace(cursor.namespace());
            if (rss && cursor.localName().equalsIgnoreCase("item")) {
                // An item inside an item: the publisher left the first one open, and the lenient
                // parser nested the next one in it. The first one ended where the second began.
                if (!added) {
                    added = true;
                    add(entry, about, document);
                }
                readItem(cursor, document);
            } else if (rss) {
                readItemChild(cursor, entry, document.problems());
            } else if (cursor.namespace().equals(Namespaces.ATOM10)) {
                AtomElements.readEntryChild(cursor, entry, Namespaces.ATOM10, document.problems());
            } else {
                ModuleElements.readEntryElement(cursor, entry, document.problems());
            }
        }
        if (!added) {
            add(entry, about, document);
        }
    }

    private static void add(EntryBuilder entry, String about, DocumentBuilder document) {
        if (about != null) {
            entry.id(about, Urls.isWeb(about));
        }
        document.add(entry.build());
    }

    private static void readItemChild(XmlCursor cursor, EntryBuilder entry, Problems problems) throws XmlReadException {
        switch (cursor.localName().toLowerCase(Locale.ROOT)) {
            case "title" -> entry.title(FieldValues.text(cursor, TextType.TEXT));
            case "link" -> entry.link(pageLink(cursor));
            // A second description (or a summary beside one) is the fuller text.
            case "description", "summary" -> {
                Text text = FieldValues.text(cursor, TextType.HTML);
                if (entry.hasSummary()) {
                    entry.content(text);
                } else {
                    entry.summary(text);
                }
            }
            case "fullitem", "body" -> entry.content(FieldValues.text(cursor, TextType.HTML));
            case "author" -> entry.author(PersonNames.parse(cursor.readText()));
            case "category" -> entry.category(category(cursor));
            // Some blogging tools list tags in one comma-separated element.
            case "tags" -> {
                for (String tag : cursor.readText().split(",")) {
                    String term = PlainText.blankToNull(tag);
                    if (term != null) {
                        entry.category(new Category(term, null, null));
                    }
                }
            }
            case "comments" -> entry.comments(FieldValues.url(cursor));
            case "enclosure" -> {
                String url = FieldValues.urlAttribute(cursor, "url");
                entry.link(new Link("enclosure", url == null ? "" : url, FieldValues.attribute(cursor, "type"), null,
                        FieldValues.attribute(cursor, "length"), null));
            }
            case "guid" -> guid(cursor, entry);
            case "pubdate" -> entry.published(FieldValues.date(cursor, problems));
            case "expirationdate" -> entry.expired(FieldValues.date(cursor, problems));
            case "source" -> entry.source(source(cursor));
            default -> ModuleElements.keep(cursor, entry);
        }
    }

    /** RSS's {@code link}: the address of the site or entry as a web page. */
    private static Link pageLink(XmlCursor cursor) throws XmlReadException {
        String url = FieldValues.url(cursor);
        return url == null ? null : Link.alternate(url, "text/html");
    }

    private static Category category(XmlCursor cursor) throws XmlReadException {
        String domain = FieldValues.attribute(cursor, "domain");
        String term = FieldValues.value(cursor);
        return term == null ? null : new Category(term, domain, null);
    }

    /** A guid is the permalink unless it says otherwise, provided it is a URL at all. */
    private static void guid(XmlCursor cursor, EntryBuilder entry) throws XmlReadException {
        String permaLink = cursor.attribute("isPermaLink");
        String text = FieldValues.value(cursor);
        if (text == null) {
            return;
        }
        boolean permalink = permaLink == null || !permaLink.strip().toLowerCase(Locale.ROOT).equals("false");
        entry.id(text, permalink && Urls.isWeb(text));
    }

    /** RSS's {@code source}: the feed the item was copied from, its title and address. */
    private static FeedMetadata source(XmlCursor cursor) throws XmlReadException {
        String url = FieldValues.urlAttribute(cursor, "url");
        Text title = FieldValues.text(cursor, TextType.TEXT);
        MetadataBuilder source = new MetadataBuilder();
        source.title(title);
        if (url != null) {
            source.link(new Link("self", url, null, null, null, null));
        }
        return source.build();
    }
}
