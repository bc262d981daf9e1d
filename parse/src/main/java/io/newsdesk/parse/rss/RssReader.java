package io.newsdesk.parse.rss;

import io.newsdesk.parse.detail.FeedVersion;
import io.newsdesk.parse.feed.DocumentBuilder;
import io.newsdesk.parse.feed.FieldValues;
import io.newsdesk.parse.feed.FormatReader;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;
import java.util.Locale;

/** RSS 0.91–0.94 and 2.0: an {@code <rss>} root around one {@code <channel>}. */
public final class RssReader implements FormatReader {

    @Override
    public void read(XmlCursor cursor, DocumentBuilder document) throws XmlReadException {
        document.version(version(cursor.attribute("version"), false));
        String rootLanguage = cursor.language();
        int rss = cursor.depth();
        while (cursor.nextChild(rss)) {
            if (!RssElements.isRssNamespace(cursor.namespace())) {
                continue;
            }
            switch (cursor.localName().toLowerCase(Locale.ROOT)) {
                case "channel" -> readChannel(cursor, document);
                // Some publishers put items (and images) beside the channel instead of in it.
                case "item" -> RssElements.readItem(cursor, document);
                case "image" -> document.metadata().image(RssElements.image(cursor));
                case "redirect" -> redirect(cursor, document);
                default -> { }
            }
        }
        document.metadata().language(rootLanguage);
    }

    private static void readChannel(XmlCursor cursor, DocumentBuilder document) throws XmlReadException {
        String channelLanguage = cursor.language();
        int channel = cursor.depth();
        while (cursor.nextChild(channel)) {
            RssElements.readChannelChild(cursor, document);
        }
        document.metadata().language(channelLanguage);
    }

    /** Userland's {@code redirect}: the feed moved to {@code newLocation}. */
    private static void redirect(XmlCursor cursor, DocumentBuilder document) throws XmlReadException {
        int redirect = cursor.depth();
        while (cursor.nextChild(redirect)) {
            if (cursor.localName().equalsIgnoreCase("newLocation")) {
                document.metadata().movedTo(FieldValues.url(cursor));
            }
        }
    }

    /**
     * The version an {@code rss} root's attribute names.
     *
     * @param netscape {@code true} when the document declares Netscape's RSS 0.91 DTD
     */
    static FeedVersion version(String declared, boolean netscape) {
        String v = declared == null ? "" : declared.strip();
        return switch (v) {
            case "0.91" -> netscape ? FeedVersion.RSS091_NETSCAPE : FeedVersion.RSS091_USERLAND;
            case "0.92" -> FeedVersion.RSS092;
            case "0.93" -> FeedVersion.RSS093;
            case "0.94" -> FeedVersion.RSS094;
            default -> v.startsWith("2.") ? FeedVersion.RSS20 : FeedVersion.RSS_UNKNOWN;
        };
    }
}
