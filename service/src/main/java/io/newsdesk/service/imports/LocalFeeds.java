package io.newsdesk.service.imports;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code local:} feeds that hold entries which did not come from polling: imported pages and
 * teaser texts, and imported feed documents. They are never fetched.
 */
final class LocalFeeds {

    /** Where imported article pages and aggregator teasers go. */
    static final String IMPORTED_ARTICLES_URL = "local:imported";

    static final String IMPORTED_ARTICLES_TITLE = "Imported articles";

    private LocalFeeds() {}

    /**
     * The local feed for an imported feed document, keyed by what identifies the feed best: its
     * own URL; else its site and title, since one site publishes several feeds (news, sport) that
     * all link to its home page; else the file's name.
     */
    static String forFeedDocument(String selfUrl, String siteUrl, String title, String fileName) {
        if (present(selfUrl)) {
            return "local:feed:" + selfUrl.strip();
        }
        if (present(siteUrl)) {
            String key = "local:feed:" + siteUrl.strip();
            return present(title) ? key + "#" + URLEncoder.encode(title.strip(), StandardCharsets.UTF_8) : key;
        }
        return "local:file:" + fileName;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
