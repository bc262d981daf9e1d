package io.newsdesk.service.fulltext;

/**
 * The kinds of failure an entry's page can meet on its way to a full text. Each has the code
 * stored on the entry and shown in JSON, and says whether trying again later can help.
 */
public enum FailureKind {
    /** The server answered with an error status; whether it is worth retrying depends on it. */
    HTTP_ERROR("http_error", false),
    /** No answer, or not all of it, within the fetcher's timeouts. */
    TIMEOUT("timeout", true),
    /** The site could not be reached (name lookup, connection, TLS, a broken transfer). */
    NETWORK("network", true),
    /** The page is larger than the fetcher accepts. */
    TOO_LARGE("too_large", false),
    /** The page is not HTML (an image, a PDF, binary data). */
    NOT_HTML("not_html", false),
    /** The page is HTML but holds no article (a section front, a video or a paywall page). */
    NOT_ARTICLE("not_article", false),
    /** The page is empty, or holds an article without readable text. */
    EMPTY("empty", false),
    /** The page redirects in circles, or more often than the fetcher follows. */
    TOO_MANY_REDIRECTS("too_many_redirects", false),
    /** The page is on an address Newsdesk may not fetch from (a private network, say). */
    ADDRESS_REFUSED("address_refused", false),
    /** The entry's link is not a web address Newsdesk can fetch. */
    INVALID_URL("invalid_url", false),
    /** Extraction failed on a bug of Newsdesk's; logged, and not retried. */
    INTERNAL("internal", false);

    private final String code;
    private final boolean transientByNature;

    FailureKind(String code, boolean transientByNature) {
        this.code = code;
        this.transientByNature = transientByNature;
    }

    /** The code stored on the entry and shown in JSON ({@code "timeout"}, {@code "not_html"}, …). */
    public String code() {
        return code;
    }

    /**
     * Whether another attempt later may succeed. An HTTP error is worth retrying when its status
     * says the server is busy or the page may come (408, 425, 429, 5xx, and 404, since some
     * publishers announce an article before its page is live); the page itself (too large, not
     * HTML, not an article) will be the same next time.
     *
     * @param httpStatus the answer's status, or {@code null}
     */
    public boolean retryable(Integer httpStatus) {
        if (this != HTTP_ERROR) {
            return transientByNature;
        }
        return httpStatus != null
                && (httpStatus == 404 || httpStatus == 408 || httpStatus == 425 || httpStatus == 429 || httpStatus >= 500);
    }
}
