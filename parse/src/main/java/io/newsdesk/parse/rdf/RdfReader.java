package io.newsdesk.parse.rdf;

import io.newsdesk.domain.FeedFormat;
import io.newsdesk.parse.feed.FeedDraft;
import io.newsdesk.parse.feed.FormatReader;
import io.newsdesk.parse.rss.RssElements;
import io.newsdesk.parse.xml.Namespaces;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;

/**
 * RSS 1.0 and RSS 0.90: an {@code <rdf:RDF>} root with the channel, image and items as siblings.
 * The elements are RSS's, so their mapping is {@link RssElements}'.
 */
public final class RdfReader implements FormatReader {

    @Override
    public void read(XmlCursor cursor, FeedDraft feed) throws XmlReadException {
        feed.format(FeedFormat.RSS10);
        String rootLanguage = cursor.language();
        int root = cursor.depth();
        boolean formatKnown = false;
        while (cursor.nextChild(root)) {
            if (!RssElements.isRssNamespace(cursor.namespace())) {
                continue;
            }
            if (!formatKnown) {
                formatKnown = true;
                feed.format(cursor.namespace().equals(Namespaces.RSS090) ? FeedFormat.RSS09X : FeedFormat.RSS10);
            }
            switch (cursor.localName()) {
                case "channel" -> readChannel(cursor, feed);
                case "image" -> RssElements.readImage(cursor, feed);
                case "item" -> RssElements.readItem(cursor, feed);
                default -> { }
            }
        }
        feed.language(rootLanguage);
    }

    private static void readChannel(XmlCursor cursor, FeedDraft feed) throws XmlReadException {
        String channelLanguage = cursor.language();
        int channel = cursor.depth();
        while (cursor.nextChild(channel)) {
            // <items> only lists the items by reference; <image> here is a reference too.
            boolean reference = RssElements.isRssNamespace(cursor.namespace())
                    && (cursor.localName().equals("items") || cursor.localName().equals("image"));
            if (!reference) {
                RssElements.readChannelChild(cursor, feed);
            }
        }
        feed.language(channelLanguage);
    }
}
