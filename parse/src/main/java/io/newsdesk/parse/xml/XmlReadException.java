package io.newsdesk.parse.xml;

/** Reading an XML document failed; the subclasses say whether a lenient reading could help. */
public abstract sealed class XmlReadException extends Exception
        permits XmlSyntaxException, XmlLimitException {

    XmlReadException(String message, Throwable cause) {
        super(message, cause);
    }
}
