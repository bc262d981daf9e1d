package io.newsdesk.parse.xml;

import com.ctc.wstx.api.WstxInputProperties;
import com.ctc.wstx.stax.WstxInputFactory;
import java.io.Reader;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The cursor over a well-formed document, streaming with Woodstox's StAX parser.
 *
 * <p>Woodstox rather than the JDK's parser: setting up the JDK's reader for a document (its
 * property and security-limit tables) took a fifth of the time to parse a small feed, and its
 * scanner is slower on large ones (see {@code docs/decisions.md}).
 */
final class StaxCursor extends XmlCursor {

    /**
     * Configured once, then shared: the factory is thread-safe once configured and each reader it
     * creates is independent. DTDs are neither read nor fetched, so no entity can be declared,
     * expanded or loaded from outside.
     */
    private static final XMLInputFactory FACTORY = createFactory();

    /** Woodstox appends the location to its messages; the cursor words the location itself. */
    private static final String LOCATION_SUFFIX = "\n at [";

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
        XMLInputFactory factory = new WstxInputFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        // The cursor enforces the caller's nesting limit (as a limit, not as a syntax error that
        // would send the document to the lenient parser), so the parser's own default of 1,000
        // must not come first.
        factory.setProperty(WstxInputProperties.P_MAX_ELEMENT_DEPTH, Integer.MAX_VALUE);
        // Text is read when its event comes, so that a fault in it is reported by next() as a
        // syntax error, not later from getText() as an unchecked exception.
        factory.setProperty(WstxInputProperties.P_LAZY_PARSING, false);
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
            // Parsers report some faults unchecked; they are syntax errors all the same.
            throw syntaxError(e, reader.getLocation());
        }
    }

    private static XmlSyntaxException syntaxError(Exception e, Location location) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int suffix = message.indexOf(LOCATION_SUFFIX);
        if (suffix >= 0) {
            message = message.substring(0, suffix);
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
