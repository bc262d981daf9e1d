package io.newsdesk.parse.xml;

/**
 * What an element held.
 *
 * @param value the element's text; when {@code markup} is set, its child elements serialized as
 *     HTML with the text escaped
 * @param markup {@code true} when the element had child elements (inline XHTML, or HTML the
 *     publisher forgot to escape), so {@code value} is markup rather than text
 */
public record ElementContent(String value, boolean markup) {}
