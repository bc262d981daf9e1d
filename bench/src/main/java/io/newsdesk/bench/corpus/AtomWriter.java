package io.newsdesk.bench.corpus;

import java.time.Instant;
import java.util.Comparator;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** Atom 1.0: a text summary and the body as escaped HTML content, RFC 3339 dates. */
final class AtomWriter extends XmlFeedWriter {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @Override
    void writeFeed(XMLStreamWriter xml, SyntheticFeed feed) throws XMLStreamException {
        xml.setDefaultNamespace(ATOM);
        xml.writeStartElement(ATOM, "feed");
        xml.writeDefaultNamespace(ATOM);
        xml.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", "en");
        element(xml, "id", feed.siteUrl() + "/");
        element(xml, "title", feed.title());
        element(xml, "subtitle", feed.description());
        link(xml, "alternate", feed.siteUrl());
        element(xml, "updated", newest(feed).toString());
        for (SyntheticEntry entry : feed.entries()) {
            writeEntry(xml, entry);
        }
        xml.writeEndElement();
    }

    private static void writeEntry(XMLStreamWriter xml, SyntheticEntry entry) throws XMLStreamException {
        xml.writeStartElement("entry");
        element(xml, "id", entry.id());
        element(xml, "title", entry.title());
        link(xml, "alternate", entry.link());
        element(xml, "published", entry.published().toString());
        element(xml, "updated", (entry.updated() != null ? entry.updated() : entry.published()).toString());
        for (String author : entry.authors()) {
            xml.writeStartElement("author");
            element(xml, "name", author);
            xml.writeEndElement();
        }
        for (String category : entry.categories()) {
            xml.writeEmptyElement("category");
            xml.writeAttribute("term", category);
        }
        element(xml, "summary", entry.summary());
        xml.writeStartElement("content");
        xml.writeAttribute("type", "html");
        xml.writeCharacters(entry.contentHtml());
        xml.writeEndElement();
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    private static void link(XMLStreamWriter xml, String rel, String href) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", "text/html");
        xml.writeAttribute("href", href);
    }

    private static Instant newest(SyntheticFeed feed) {
        return feed.entries().stream()
                .map(entry -> entry.updated() != null ? entry.updated() : entry.published())
                .max(Comparator.naturalOrder())
                .orElse(Instant.EPOCH);
    }
}
