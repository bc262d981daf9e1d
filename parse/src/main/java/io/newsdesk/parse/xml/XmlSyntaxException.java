package io.newsdesk.parse.xml;

/**
 * The document is not well-formed XML. The message names the place and the fault in words a
 * publisher can act on ("XML error at line 12, column 5: …"); a lenient reading may still recover
 * the content.
 */
public final class XmlSyntaxException extends XmlReadException {

    XmlSyntaxException(String message, Throwable cause) {
        super(message, cause);
    }
}
