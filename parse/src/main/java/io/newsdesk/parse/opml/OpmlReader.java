package io.newsdesk.parse.opml;

import io.newsdesk.parse.encoding.DocumentDecoder;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.feed.Problems;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;
import io.newsdesk.parse.xml.XmlSyntaxException;
import io.newsdesk.parse.xml.XmlTextRepair;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads OPML 1.0 and 2.0 subscription lists as feed readers export them: outlines with an
 * {@code xmlUrl} are feeds, outlines without one are folders, and a feed's category is the title
 * of the nearest folder around it. Ill-formed lists are read leniently.
 */
final class OpmlReader {

    private static final XmlCursor.Limits LIMITS = new XmlCursor.Limits(256, 100_000);
    private static final XmlCursor.Origin NO_ORIGIN = new XmlCursor.Origin(null, null, false);

    private final int maxFeeds;
    private final Map<String, OpmlFeed> feeds = new LinkedHashMap<>();
    private String title;

    private OpmlReader(int maxFeeds) {
        this.maxFeeds = maxFeeds;
    }

    static OpmlDocument read(byte[] body, int maxFeeds) throws OpmlException {
        if (body == null || body.length == 0) {
            throw new OpmlException("not OPML: the file is empty");
        }
        String text = XmlTextRepair.repair(DocumentDecoder.decode(body, null).text()).text();
        OpmlReader reader;
        try {
            reader = new OpmlReader(maxFeeds);
            reader.readDocument(XmlCursor.strict(text, NO_ORIGIN, LIMITS, new Problems()));
        } catch (XmlSyntaxException e) {
            reader = new OpmlReader(maxFeeds);
            try {
                reader.readDocument(XmlCursor.lenient(text, NO_ORIGIN, LIMITS, new Problems()));
            } catch (XmlReadException lenientFailure) {
                throw new OpmlException("not OPML: " + lenientFailure.getMessage(), lenientFailure);
            }
        } catch (XmlReadException e) {
            throw new OpmlException("not OPML: " + e.getMessage(), e);
        }
        if (reader.feeds.isEmpty()) {
            throw new OpmlException("OPML without any feed");
        }
        return new OpmlDocument(reader.title, reader.feeds.values().stream().toList());
    }

    private void readDocument(XmlCursor cursor) throws XmlReadException, OpmlException {
        if (!cursor.nextChild(0)) {
            throw new OpmlException("not OPML: the file has no XML elements");
        }
        if (!cursor.localName().equalsIgnoreCase("opml")) {
            throw new OpmlException("not OPML: root element is <" + cursor.localName() + ">");
        }
        int opml = cursor.depth();
        while (cursor.nextChild(opml)) {
            switch (cursor.localName().toLowerCase(Locale.ROOT)) {
                case "head" -> readHead(cursor);
                case "body" -> readOutlines(cursor, null);
                default -> { }
            }
        }
    }

    private void readHead(XmlCursor cursor) throws XmlReadException {
        int head = cursor.depth();
        while (cursor.nextChild(head)) {
            if (cursor.localName().equalsIgnoreCase("title")) {
                title = PlainText.line(cursor.readText(), false);
            }
        }
    }

    private void readOutlines(XmlCursor cursor, String category) throws XmlReadException, OpmlException {
        int parent = cursor.depth();
        while (cursor.nextChild(parent)) {
            if (!cursor.localName().equalsIgnoreCase("outline")) {
                continue;
            }
            String name = PlainText.line(firstNonBlank(cursor.attribute("title"), cursor.attribute("text")), false);
            String xmlUrl = PlainText.blankToNull(attributeIgnoringCase(cursor, "xmlUrl"));
            if (xmlUrl == null) {
                readOutlines(cursor, name != null ? name : category);
            } else {
                addFeed(new OpmlFeed(feedUrl(xmlUrl), name,
                        PlainText.blankToNull(attributeIgnoringCase(cursor, "htmlUrl")), category));
                // A feed outline is no folder, but outlines inside it (or left inside it by an
                // unclosed tag) are still subscriptions.
                readOutlines(cursor, category);
            }
        }
    }

    private void addFeed(OpmlFeed feed) throws OpmlException {
        if (feeds.containsKey(feed.xmlUrl())) {
            return;
        }
        if (feeds.size() >= maxFeeds) {
            throw new OpmlException("OPML with more than " + maxFeeds + " feeds; split it into smaller lists");
        }
        feeds.put(feed.xmlUrl(), feed);
    }

    /** The {@code feed:} pseudo-scheme some browsers export means plain HTTP. */
    private static String feedUrl(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("feed://")) {
            return "http://" + url.substring("feed://".length());
        }
        if (lower.startsWith("feed:http")) {
            return url.substring("feed:".length());
        }
        return url;
    }

    /** Exporters disagree on the case of {@code xmlUrl} and {@code htmlUrl}. */
    private static String attributeIgnoringCase(XmlCursor cursor, String name) {
        String exact = cursor.attribute(name);
        if (exact != null) {
            return exact;
        }
        String lower = cursor.attribute(name.toLowerCase(Locale.ROOT));
        return lower != null ? lower : cursor.attribute(name.toUpperCase(Locale.ROOT));
    }

    private static String firstNonBlank(String first, String second) {
        return PlainText.blankToNull(first) != null ? first : second;
    }
}
