package io.newsdesk.parse;

/** What kind of document a file or response is, as {@link DocumentSniffer} judges it. */
public enum DocumentKind {
    /** An RSS, RDF, Atom or JSON Feed document. */
    FEED,
    /** An OPML subscription list. */
    OPML,
    /** A web page. */
    HTML,
    /** Plain text (for example an article copied from a news aggregator). */
    TEXT,
    /** Anything else: other XML or JSON, binary data, an empty file. */
    UNKNOWN
}
