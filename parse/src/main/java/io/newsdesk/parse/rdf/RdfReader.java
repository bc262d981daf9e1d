package io.newsdesk.parse.rdf;

import io.newsdesk.parse.detail.FeedVersion;
import io.newsdesk.parse.feed.DocumentBuilder;
import io.newsdesk.parse.feed.FormatReader;
import io.newsdesk.parse.rss.RssElements;
import io.newsdesk.parse.xml.Namespaces;
import io.newsdesk.parse.xml.XmlCursor;
import io.newsdesk.parse.xml.XmlReadException;
import java.util.Locale;

/**
 * RSS 1.0 and RSS 0.90: an {@code <rdf:RDF>} root with the channel, image and items as siblings.
 * The elements are RSS's, so their mapping is {@link RssElements}'.
 */
public final class RdfReader implements FormatReader {

    @Override
    public void read(XmlCursor cursor, DocumentBuilder document) throws XmlReadException {
        // The default namespace tells 0.90 from 1.0 even when the root is empty.
        boolean rss090 = Namespaces.RSS090.equals(cursor.declaredNamespaces().get(""));
        document.version(rss090 ? FeedVersion.RSS090 : FeedVersion.RSS10);
        String rootLanguage = cursor.language();
        int root = cursor.depth();
        boolean versionKnown = false;
        while (cursor.nextChild(root)) {
            if (!RssElements.isRssNamespace(cursor.namespace())) {
                continue;
            }
            if (!versionKnown) {
                versionKnown = true;
                document.version(cursor.namespace().equals(Namespaces.RSS090) ? FeedVersion.RSS090 : FeedVersion.RSS10);
            }
            switch (cursor.localName().toLowerCase(Locale.ROOT)) {
                case "channel" -> readChannel(cursor, document);
                case "image" -> document.metadata().image(RssElements.image(cursor));
                case "item" -> RssElements.readItem(cursor, document);
                case "textinput" -> RssElements.readChannelChild(cursor, document);
                default -> { }
            }
        }
        document.metadata().language(rootLanguage);
    }

    private static void readChannel(XmlCursor cursor, DocumentBuilder document) throws XmlReadException {
        String channelLanguage = cursor.language();
        int channel = cursor.depth();
        while (cursor.nextChild(channel)) {
            // <items> only lists the items by reference; <image> and <textinput> here are references too.
            String name = cursor.localName().toLowerCase(Locale.ROOT);
            boolean reference = RssElements.isRssNamespace(cursor.namespace())
                    && (name.equals("items") || name.equals("image") || name.equals("textinput"));
            if (!reference) {
                RssElements.readChannelChild(cursor, document);
            }
        }
        document.metadata().language(channelLanguage);
    }
}
