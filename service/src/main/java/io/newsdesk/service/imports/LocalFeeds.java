package io.newsdesk.service.imports;

/**
 * The {@code local:} feeds that hold entries which did not come from polling: imported pages and
 * teaser texts, and imported feed documents. They are never fetched.
 */
final class LocalFeeds {

    /** Where imported article pages and aggregator teasers go. */
    static final String IMPORTED_ARTICLES_URL = "local:imported";

    static final String IMPORTED_ARTICLES_TITLE = "Imported articles";

    private LocalFeeds() {}

    /** The local feed for an imported feed document, keyed by what identifies the feed best. */
    static String forFeedDocument(String selfUrl, String siteUrl, String fileName) {
        if (selfUrl != null && !selfUrl.isBlank()) {
            return "local:feed:" + selfUrl.strip();
        }
        if (siteUrl != null && !siteUrl.isBlank()) {
            return "local:feed:" + siteUrl.strip();
        }
        return "local:file:" + fileName;
    }
}
