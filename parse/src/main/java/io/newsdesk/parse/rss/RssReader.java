package io.newsdesk.parse.rss;

import io.newsdesk.domain.FeedFormat;
import io.newsdesk.parse.feed.FeedDraft;
import io.newsdesk.parse.feed.FormatReader;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;
import java.util.Locale;

/** RSS 0.91–0.94 and 2.0: an {@code <rss>} root around one {@code <channel>}. */
public final class RssReader implements FormatReader {

    @Override
    public void read(XmlCursor cursor, FeedDraft feed) throws XmlReadException {
        feed.format(format(cursor.attribute("version")));
        String rootLanguage = cursor.language();
        int rss = cursor.depth();
        while (cursor.nextChild(rss)) {
            if (!RssElements.isRssNamespace(cursor.namespace())) {
                continue;
            }
            switch (cursor.localName().toLowerCase(Locale.ROOT)) {
                case "channel" -> readChannel(cursor, feed);
                // Some publishers put items (and images) beside the channel instead of in it.
                case "item" -> RssElements.readItem(cursor, feed);
                case "image" -> RssElements.readImage(cursor, feed);
                default -> { }
            }
        }
        feed.language(rootLanguage);
    }

    private static void readChannel(XmlCursor cursor, FeedDraft feed) throws XmlReadException {
        String channelLanguage = cursor.language();
        int channel = cursor.depth();
        while (cursor.nextChild(channel)) {
            RssElements.readChannelChild(cursor, feed);
        }
        feed.language(channelLanguage);
    }

    /** RSS 0.9x for the 0.9 versions; 2.0 for "2.0", "2.0.1" and feeds that do not say. */
    static FeedFormat format(String version) {
        String v = version == null ? "" : version.strip();
        return v.startsWith("0.9") ? FeedFormat.RSS09X : FeedFormat.RSS20;
    }
}
