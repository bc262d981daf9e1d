package io.newsdesk.parse.xml;

/** The document exceeds a safety limit (nesting depth); reading it another way would not help. */
public final class XmlLimitException extends XmlReadException {

    XmlLimitException(String message) {
        super(message, null);
    }
}
