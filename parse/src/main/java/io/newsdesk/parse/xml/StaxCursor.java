package io.newsdesk.parse.xml;

import java.io.Reader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The cursor over a well-formed document, streaming with the JDK's StAX parser. */
final class StaxCursor extends XmlCursor {

    /**
     * Configured once, then shared: the JDK's factory builds a new reader on every call (its
     * reader reuse is off by default), so concurrent parses do not share state. DTDs are neither
     * read nor fetched, so no entity can be declared, expanded or loaded from outside.
     */
    private static final XMLInputFactory FACTORY = createFactory();

    /** The JDK's message for an undeclared prefix is a URL with the facts appended. */
    private static final Pattern UNBOUND_PREFIX = Pattern.compile("PrefixUnbound\\?([^&\\s]+)&(\\S+)");

    private final XMLStreamReader reader;

    StaxCursor(Reader text, Origin origin, Limits limits, ReadingProblems problems) throws XmlSyntaxException {
        super(origin, limits, problems);
        try {
            reader = FACTORY.createXMLStreamReader(text);
        } catch (XMLStreamException | RuntimeException e) {
            throw syntaxError(e, null);
        }
    }

    private static XMLInputFactory createFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        // No DTD is read, so the only entities are XML's five predefined ones; the JDK counts their
        // uses against limits meant for declared entities, which large feeds exceed (100,000
        // "&lt;" in a 30 MB feed), so those counts are switched off.
        factory.setProperty("jdk.xml.totalEntitySizeLimit", "0");
        factory.setProperty("jdk.xml.maxGeneralEntitySizeLimit", "0");
        factory.setProperty("jdk.xml.entityExpansionLimit", "0");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("external entities are not read: " + systemId);
        });
        return factory;
    }

    @Override
    Event advanceRaw() throws XmlSyntaxException {
        try {
            while (reader.hasNext()) {
                switch (reader.next()) {
                    case XMLStreamConstants.START_ELEMENT:
                        for (int i = 0, n = reader.getNamespaceCount(); i < n; i++) {
                            declareNamespace(reader.getNamespacePrefix(i), reader.getNamespaceURI(i));
                        }
                        return Event.START;
                    case XMLStreamConstants.END_ELEMENT:
                        return Event.END;
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE:
                        return Event.TEXT;
                    case XMLStreamConstants.END_DOCUMENT:
                        return Event.EOF;
                    default:
                        // comments, processing instructions, the DOCTYPE: nothing a feed reader needs
                        break;
                }
            }
            return Event.EOF;
        } catch (XMLStreamException e) {
            throw syntaxError(e, e.getLocation());
        } catch (RuntimeException e) {
            // The JDK parser reports some faults unchecked; they are syntax errors all the same.
            throw syntaxError(e, reader.getLocation());
        }
    }

    private static XmlSyntaxException syntaxError(Exception e, Location location) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int detail = message.indexOf("Message: ");
        if (detail >= 0) {
            message = message.substring(detail + "Message: ".length());
        }
        Matcher unbound = UNBOUND_PREFIX.matcher(message);
        if (unbound.find()) {
            message = "the namespace prefix '" + unbound.group(1) + "' of " + unbound.group(2) + " is not declared";
        }
        String where = location == null || location.getLineNumber() < 0
                ? "XML error: "
                : "XML error at line " + location.getLineNumber() + ", column " + location.getColumnNumber() + ": ";
        return new XmlSyntaxException(where + message.strip(), e);
    }

    @Override
    String rawNamespace() {
        String uri = reader.getNamespaceURI();
        return uri == null ? "" : uri;
    }

    @Override
    String rawLocalName() {
        return reader.getLocalName();
    }

    @Override
    int attributeCount() {
        return reader.getAttributeCount();
    }

    @Override
    String attributeNamespace(int index) {
        String uri = reader.getAttributeNamespace(index);
        return uri == null ? "" : uri;
    }

    @Override
    String attributeLocalName(int index) {
        return reader.getAttributeLocalName(index);
    }

    @Override
    String attributeValue(int index) {
        return reader.getAttributeValue(index);
    }

    @Override
    String rawPrefix() {
        String prefix = reader.getPrefix();
        return prefix == null ? "" : prefix;
    }

    @Override
    String rawText() {
        return reader.getText();
    }

    @Override
    public String location() {
        Location location = reader.getLocation();
        return "line " + location.getLineNumber() + ", column " + location.getColumnNumber();
    }
}
