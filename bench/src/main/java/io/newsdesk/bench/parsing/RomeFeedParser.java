package io.newsdesk.bench.parsing;

import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * ROME 2.1.0 used as its documentation shows: {@link XmlReader} for the encoding (BOM, XML
 * declaration), {@link SyndFeedInput} to build a JDOM tree and map it to a {@code SyndFeed}
 * (dates parsed; HTML left as the publisher sent it, relative URLs unresolved).
 */
public final class RomeFeedParser implements FeedDocumentParser {

    @Override
    public String name() {
        return "ROME 2.1.0";
    }

    @Override
    public int parse(byte[] document) throws IOException, FeedException {
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(document))) {
            return new SyndFeedInput().build(reader).getEntries().size();
        }
    }
}
