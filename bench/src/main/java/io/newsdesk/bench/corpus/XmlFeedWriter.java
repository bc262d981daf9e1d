package io.newsdesk.bench.corpus;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** The XML plumbing the RSS and Atom writers share: a UTF-8 document written with StAX. */
abstract class XmlFeedWriter implements FeedWriter {

    private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

    @Override
    public final byte[] write(SyntheticFeed feed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(feed.entries().size() * 4096 + 1024);
        try {
            XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            writeFeed(xml, feed);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            // Writing generated text to memory cannot fail unless this writer is broken.
            throw new IllegalStateException("cannot write feed " + feed.slug() + " as XML", e);
        }
        return out.toByteArray();
    }

    abstract void writeFeed(XMLStreamWriter xml, SyntheticFeed feed) throws XMLStreamException;

    /** An element with text content; nothing when the text is {@code null}. */
    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        if (text == null) {
            return;
        }
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }

    /** A namespaced element with text content. */
    static void element(XMLStreamWriter xml, String prefix, String namespace, String name, String text)
            throws XMLStreamException {
        xml.writeStartElement(prefix, name, namespace);
        xml.writeCharacters(text);
        xml.writeEndElement();
        xml.writeCharacters("\n");
    }
}
