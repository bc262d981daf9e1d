package io.newsdesk.bench.corpus;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * RSS 2.0 as news sites publish it: a plain-text description, the full body in {@code
 * content:encoded} as CDATA, authors in {@code dc:creator}, dates in RFC 822 form.
 */
final class RssWriter extends XmlFeedWriter {

    private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
    private static final String DC = "http://purl.org/dc/elements/1.1/";
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    @Override
    void writeFeed(XMLStreamWriter xml, SyntheticFeed feed) throws XMLStreamException {
        xml.writeStartElement("rss");
        xml.writeAttribute("version", "2.0");
        xml.writeNamespace("content", CONTENT);
        xml.writeNamespace("dc", DC);
        xml.writeStartElement("channel");
        element(xml, "title", feed.title());
        element(xml, "link", feed.siteUrl());
        element(xml, "description", feed.description());
        element(xml, "language", "en");
        element(xml, "ttl", "30");
        for (SyntheticEntry entry : feed.entries()) {
            writeItem(xml, entry);
        }
        xml.writeEndElement();
        xml.writeEndElement();
    }

    private static void writeItem(XMLStreamWriter xml, SyntheticEntry entry) throws XMLStreamException {
        xml.writeStartElement("item");
        element(xml, "title", entry.title());
        element(xml, "link", entry.link());
        xml.writeStartElement("guid");
        xml.writeAttribute("isPermaLink", "false");
        xml.writeCharacters(entry.id());
        xml.writeEndElement();
        element(xml, "pubDate", RFC_822.format(entry.published()));
        for (String author : entry.authors()) {
            element(xml, "dc", DC, "creator", author);
        }
        for (String category : entry.categories()) {
            element(xml, "category", category);
        }
        element(xml, "description", entry.summary());
        xml.writeStartElement("content", "encoded", CONTENT);
        xml.writeCData(entry.contentHtml());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }
}
