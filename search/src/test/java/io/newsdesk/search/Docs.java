package io.newsdesk.search;

import java.time.Instant;

/** Builds test documents. */
final class Docs {

    static final Instant DAY_ONE = Instant.parse("2025-03-01T08:00:00Z");

    private Docs() {}

    /** A document in feed 1 with a title and a body. */
    static SearchDocument doc(long id, String title, String body) {
        return doc(id, 1, title, body);
    }

    static SearchDocument doc(long id, long feedId, String title, String body) {
        return new SearchDocument(id, feedId, title, null, body, null, DAY_ONE.plusSeconds(id));
    }
}
