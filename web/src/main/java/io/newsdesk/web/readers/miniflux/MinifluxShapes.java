package io.newsdesk.web.readers.miniflux;

import io.newsdesk.domain.Enclosure;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.PollState;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.sanitize.HtmlSanitizer;
import io.newsdesk.service.reader.ReaderCategory;
import io.newsdesk.service.reader.ReaderFeed;
import io.newsdesk.web.readers.ReaderUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Newsdesk's feeds, categories and entries as Miniflux's JSON objects ({@link MinifluxJson}). */
final class MinifluxShapes {

    /** Miniflux's default reading speed, words per minute. */
    private static final int WORDS_PER_MINUTE = 265;
    private static final String NO_TYPE = "application/octet-stream";

    private MinifluxShapes() {}

    static MinifluxJson.User user(ReaderUser user) {
        return new MinifluxJson.User(user.id(), user.username(), user.admin(), "system", "en_US", "UTC", "desc",
                "published_at", "", "", "", "", 100, true, true, true, "tap", null, "standalone", WORDS_PER_MINUTE,
                500, "unread", "unread_count", true);
    }

    static MinifluxJson.Category category(ReaderCategory category, long userId, boolean counts) {
        return new MinifluxJson.Category(category.id(), category.title(), userId, false,
                counts ? category.feedCount() : null, counts ? category.unread() : null);
    }

    /** The category that stands for "none" (see {@link MinifluxCategories#UNCATEGORIZED_ID}). */
    static MinifluxJson.Category uncategorized(long userId, int feedCount, int unread, boolean counts) {
        return new MinifluxJson.Category(MinifluxCategories.UNCATEGORIZED_ID, MinifluxCategories.UNCATEGORIZED_TITLE,
                userId, false, counts ? feedCount : null, counts ? unread : null);
    }

    static MinifluxJson.Feed feed(ReaderFeed feed, long userId) {
        io.newsdesk.domain.Feed subscribed = feed.feed();
        PollState poll = subscribed.poll();
        MinifluxJson.Category category = feed.categoryId() == null
                ? uncategorized(userId, 0, 0, false)
                : new MinifluxJson.Category(feed.categoryId(), subscribed.category(), userId, false, null, null);
        return new MinifluxJson.Feed(subscribed.id(), userId, subscribed.url(),
                subscribed.siteUrl() == null ? subscribed.url() : subscribed.siteUrl(), subscribed.title(),
                time(poll.lastCheckedAt()), subscribed.local() ? MinifluxJson.NO_TIME : time(poll.nextCheckAt()),
                nonNull(poll.etag()), nonNull(poll.lastModified()), nonNull(poll.lastError()), poll.errorCount(),
                "", "", false, "", "", "", "", "", "", "", poll.disabled(), false, false, false, false, category, null,
                false, "");
    }

    /** An entry of {@code feed} (its shape as {@link #feed} made it). */
    static MinifluxJson.Entry entry(StoredEntry stored, MinifluxJson.Feed feed, long userId) {
        Entry entry = stored.entry();
        String content = entry.content() != null ? entry.content() : nonNull(entry.summary());
        Instant published = entry.published() != null ? entry.published() : stored.createdAt();
        List<MinifluxJson.Enclosure> enclosures = new ArrayList<>();
        for (Enclosure enclosure : entry.enclosures()) {
            // Newsdesk gives enclosures no ids of their own: their position in the entry stands in.
            enclosures.add(new MinifluxJson.Enclosure(enclosures.size() + 1L, userId, stored.id(), enclosure.url(),
                    enclosure.type() == null ? NO_TYPE : enclosure.type(),
                    enclosure.length() == null ? 0 : enclosure.length(), 0));
        }
        return new MinifluxJson.Entry(stored.id(), userId, stored.feedId(), stored.read() ? "read" : "unread",
                hash(entry, stored.id()), nonNull(entry.title()), nonNull(entry.link()), "",
                time(published), time(stored.createdAt()), time(stored.changedAt()), content,
                String.join(", ", entry.authors()), "", stored.starred(), readingTime(content), enclosures, feed,
                entry.categories());
    }

    /** Read and unread counts per feed. */
    static MinifluxJson.Counters counters(List<ReaderFeed> feeds) {
        Map<Long, Integer> reads = new LinkedHashMap<>();
        Map<Long, Integer> unreads = new LinkedHashMap<>();
        for (ReaderFeed feed : feeds) {
            reads.put(feed.id(), feed.summary().total() - feed.summary().unread());
            unreads.put(feed.id(), feed.summary().unread());
        }
        return new MinifluxJson.Counters(reads, unreads);
    }

    /** Minutes at Miniflux's default reading speed, at least one for any text. */
    static int readingTime(String html) {
        String text = html == null || html.isEmpty() ? "" : HtmlSanitizer.toText(html);
        long words = text == null ? 0 : text.strip().isEmpty() ? 0 : text.strip().split("\\s+").length;
        return (int) ((words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }

    /**
     * What identifies the entry at its publisher, hashed as Miniflux does (SHA-256, hexadecimal):
     * clients use it to recognise an entry they saw under another id.
     */
    static String hash(Entry entry, long id) {
        String identity = entry.guid() != null ? entry.guid() : entry.link() != null ? entry.link() : "entry:" + id;
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** RFC 3339, in UTC; Go's zero time for none, as Miniflux writes it. */
    static String time(Instant instant) {
        return instant == null ? MinifluxJson.NO_TIME : instant.toString();
    }

    private static String nonNull(String text) {
        return text == null ? "" : text;
    }
}
