package io.newsdesk.sanitize;

/**
 * Receives HTML as a stream of tags and text, whether read from markup by {@link HtmlTokenizer}
 * or walked from a parsed DOM by {@link DomEvents}.
 *
 * <p>Names arrive in lower case; text and attribute values arrive with character references
 * decoded. The attributes object is reused for the next tag, so a handler copies what it keeps.
 */
interface MarkupHandler {

    /** A start tag; {@code selfClosing} when written {@code <name/>}. */
    void startTag(String name, TagAttributes attributes, boolean selfClosing);

    /** An end tag. */
    void endTag(String name);

    /** Text between tags. */
    void text(String text);
}
