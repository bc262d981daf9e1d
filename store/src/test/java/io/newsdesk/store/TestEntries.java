package io.newsdesk.store;

import io.newsdesk.domain.Entry;
import java.time.Instant;

/** Short ways to make entries in tests. */
final class TestEntries {

    static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");

    private TestEntries() {}

    /** An entry with a guid, a title and a body, published an hour before {@link #NOW}. */
    static Entry entry(String guid, String title) {
        return Entry.builder()
                .guid(guid)
                .title(title)
                .link("https://news.example/" + guid)
                .published(NOW.minusSeconds(3600))
                .content("<p>" + title + "</p>")
                .build();
    }

    /** A subscribed remote feed of the owner. */
    static long subscribedFeed(Database db, String url) {
        long feedId = db.feeds().findOrCreate(url, FeedRepository.REMOTE);
        db.feeds().subscribe(1, feedId, null, null);
        return feedId;
    }
}
