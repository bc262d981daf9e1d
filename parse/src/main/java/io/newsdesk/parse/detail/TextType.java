package io.newsdesk.parse.detail;

/** How a {@link Text}'s value is to be read. */
public enum TextType {
    /** Plain text: markup characters in it are literal. */
    TEXT,
    /** HTML, already sanitized. */
    HTML,
    /** Inline XHTML (Atom's {@code type="xhtml"}), already sanitized and serialized as HTML. */
    XHTML;

    /** {@code true} for the types whose value is markup. */
    public boolean isMarkup() {
        return this != TEXT;
    }
}
