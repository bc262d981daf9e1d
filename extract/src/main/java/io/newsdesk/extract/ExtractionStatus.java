package io.newsdesk.extract;

/** What a page turned out to be when its article was extracted. */
public enum ExtractionStatus {

    /** An article: its body and metadata were extracted. */
    ARTICLE,

    /**
     * An HTML page that is not an article (a section front or list of links, a video page, a
     * paywall stub, a page with too little text); the result holds what the page had.
     */
    NOT_AN_ARTICLE,

    /** Not an HTML page: empty, binary, an image, a PDF, JSON or plain text. Nothing was extracted. */
    NOT_HTML,

    /** The extractor failed on a fault of its own, which was logged. Nothing was extracted. */
    FAILED
}
