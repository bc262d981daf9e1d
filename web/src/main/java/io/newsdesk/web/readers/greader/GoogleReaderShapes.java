package io.newsdesk.web.readers.greader;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.Feed;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.service.reader.ReaderCategory;
import io.newsdesk.service.reader.ReaderFeed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Newsdesk's feeds, categories and entries as Google Reader's JSON objects ({@link GoogleReaderJson}). */
final class GoogleReaderShapes {

    private static final String LEFT_TO_RIGHT = "ltr";

    private GoogleReaderShapes() {}

    static GoogleReaderJson.Subscription subscription(ReaderFeed feed) {
        Feed subscribed = feed.feed();
        List<GoogleReaderJson.SubscriptionCategory> categories = subscribed.category() == null
                ? List.of()
                : List.of(new GoogleReaderJson.SubscriptionCategory(
                        StreamId.label(subscribed.category()), subscribed.category()));
        return new GoogleReaderJson.Subscription(StreamId.of(subscribed.id()), subscribed.title(), categories,
                subscribed.url(), subscribed.siteUrl() == null ? "" : subscribed.siteUrl(), "");
    }

    static GoogleReaderJson.Tags tags(List<ReaderCategory> categories) {
        List<GoogleReaderJson.Tag> tags = new ArrayList<>();
        tags.add(new GoogleReaderJson.Tag(StreamId.STARRED, null));
        for (ReaderCategory category : categories) {
            tags.add(new GoogleReaderJson.Tag(StreamId.label(category.title()), "folder"));
        }
        return new GoogleReaderJson.Tags(tags);
    }

    /** Unread counts per feed, per category and in all, each with its newest item's time. */
    static GoogleReaderJson.UnreadCounts unreadCounts(List<ReaderFeed> feeds) {
        List<GoogleReaderJson.UnreadCount> counts = new ArrayList<>();
        for (ReaderFeed feed : feeds) {
            counts.add(count(StreamId.of(feed.id()), List.of(feed)));
        }
        Map<String, List<ReaderFeed>> byCategory = feeds.stream()
                .filter(feed -> feed.feed().category() != null)
                .collect(Collectors.groupingBy(feed -> feed.feed().category(), TreeMap::new, Collectors.toList()));
        byCategory.forEach((name, inCategory) -> counts.add(count(StreamId.label(name), inCategory)));
        GoogleReaderJson.UnreadCount all = count(StreamId.READING_LIST, feeds);
        counts.add(all);
        return new GoogleReaderJson.UnreadCounts(all.count(), counts);
    }

    private static GoogleReaderJson.UnreadCount count(String streamId, List<ReaderFeed> feeds) {
        long unread = feeds.stream().mapToLong(feed -> feed.summary().unread()).sum();
        Instant newest = feeds.stream()
                .map(ReaderFeed::newestEntryAt)
                .filter(Objects::nonNull)
                .max(Comparator.naturalOrder())
                .orElse(null);
        return new GoogleReaderJson.UnreadCount(streamId, unread, micros(newest));
    }

    /** An item of {@code feed}. */
    static GoogleReaderJson.Item item(StoredEntry stored, ReaderFeed feed) {
        Entry entry = stored.entry();
        List<String> categories = new ArrayList<>();
        categories.add(StreamId.READING_LIST);
        String category = feed == null ? null : feed.feed().category();
        if (category != null) {
            categories.add(StreamId.label(category));
        }
        if (stored.read()) {
            categories.add(StreamId.READ);
        }
        if (stored.starred()) {
            categories.add(StreamId.STARRED);
        }
        List<GoogleReaderJson.Link> links = entry.link() == null
                ? List.of()
                : List.of(new GoogleReaderJson.Link(entry.link(), "text/html"));
        Instant published = entry.published() != null ? entry.published() : stored.createdAt();
        Instant updated = entry.updated() != null ? entry.updated() : stored.changedAt();
        String html = entry.content() != null ? entry.content() : entry.summary() == null ? "" : entry.summary();
        List<GoogleReaderJson.Enclosure> enclosures = entry.enclosures().stream()
                .map(enclosure -> new GoogleReaderJson.Enclosure(enclosure.url(), enclosure.type(), enclosure.length()))
                .toList();
        String siteUrl = feed == null || feed.feed().siteUrl() == null ? "" : feed.feed().siteUrl();
        return new GoogleReaderJson.Item(
                ItemId.longForm(stored.id()),
                Long.toString(stored.createdAt().toEpochMilli()),
                micros(stored.createdAt()),
                published.getEpochSecond(),
                updated.getEpochSecond(),
                entry.title() == null ? "" : entry.title(),
                links,
                links,
                categories,
                new GoogleReaderJson.Origin(StreamId.of(stored.feedId()), stored.feedTitle(), siteUrl),
                new GoogleReaderJson.Content(LEFT_TO_RIGHT, html),
                entry.authors().isEmpty() ? null : String.join(", ", entry.authors()),
                enclosures.isEmpty() ? null : enclosures);
    }

    /** A stream's page; the continuation is {@code null} on the last page. */
    static GoogleReaderJson.Stream stream(String id, String title, List<GoogleReaderJson.Item> items,
            String continuation, Instant now) {
        return new GoogleReaderJson.Stream(LEFT_TO_RIGHT, id, title, now.getEpochSecond(), items, continuation);
    }

    static GoogleReaderJson.ItemRef itemRef(long entryId) {
        return new GoogleReaderJson.ItemRef(Long.toString(entryId), List.of());
    }

    /** Microseconds since the epoch, as a string; "0" for none. */
    private static String micros(Instant instant) {
        return Long.toString(instant == null ? 0 : instant.toEpochMilli() * 1000);
    }
}
