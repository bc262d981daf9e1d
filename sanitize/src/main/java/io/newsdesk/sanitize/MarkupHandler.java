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

    /**
     * Text between tags that stands in the markup as it is, from {@code from} to {@code to}: the
     * tokenizer hands most text over this way, without copying it out first.
     */
    default void text(String markup, int from, int to) {
        text(markup.substring(from, to));
    }

    /**
     * A complete character reference in text, which may be written again the way the publisher
     * wrote it. Only markup has these; text from a DOM arrives decoded. By default it is text.
     *
     * @param decoded the characters it stands for
     * @param spelling the reference to write for them ({@code &amp;}, {@code &#38;}, {@code &#x2019;})
     */
    default void characterReference(String decoded, String spelling) {
        text(decoded);
    }

    /**
     * Whether the innermost open element is an SVG or MathML element, where markup is read
     * differently: a {@code <style>} or {@code <title>} there holds markup, not text, and
     * {@code <![CDATA[…]]>} is text. A handler that does not follow the tree reports {@code false},
     * which reads such elements as HTML: their content is then left out, never shown as markup.
     */
    default boolean inForeignContent() {
        return false;
    }
}
