package io.newsdesk.parse.detail;

/**
 * A child element of a feed or entry that no mapping reads (an unknown namespace, a module Newsdesk
 * does not interpret), kept with its text so that nothing the publisher said is lost.
 *
 * @param namespace the element's namespace URI; {@code ""} for none
 * @param prefix the prefix the document used for it; {@code ""} for none
 * @param localName the element's local name as written
 * @param value its text content, trimmed (the text of descendants included)
 */
public record ExtensionElement(String namespace, String prefix, String localName, String value) {}
