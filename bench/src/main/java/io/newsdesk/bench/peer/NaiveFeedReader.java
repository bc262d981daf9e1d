package io.newsdesk.bench.peer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;

/**
 * Reads feeds the way a quick integration would: ROME for RSS and Atom, Jackson for JSON Feed, no
 * sanitizing, no repair of broken documents, no sniffing beyond the Content-Type.
 */
final class NaiveFeedReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NaiveFeedReader() {}

    /**
     * @throws NaiveFeedException when the document cannot be read
     */
    static NaiveFeed read(byte[] body, String contentType) throws NaiveFeedException {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        return type.contains("json") ? readJsonFeed(body) : readXml(body);
    }

    private static NaiveFeed readXml(byte[] body) throws NaiveFeedException {
        SyndFeed feed;
        try {
            feed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(body)));
        } catch (FeedException | IOException | RuntimeException e) {
            // ROME reports some malformed documents with unchecked exceptions of all kinds.
            throw new NaiveFeedException("ROME cannot read it: " + e.getMessage(), e);
        }
        List<NaiveEntry> entries = new ArrayList<>(feed.getEntries().size());
        for (SyndEntry entry : feed.getEntries()) {
            entries.add(new NaiveEntry(
                    entry.getUri(),
                    entry.getLink(),
                    entry.getTitle(),
                    entry.getAuthor(),
                    entry.getCategories().stream().map(SyndCategory::getName).toList(),
                    instant(entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate()),
                    html(entry)));
        }
        return new NaiveFeed(feed.getTitle(), entries);
    }

    private static String html(SyndEntry entry) {
        List<SyndContent> contents = entry.getContents();
        if (!contents.isEmpty() && contents.getFirst().getValue() != null) {
            return contents.getFirst().getValue();
        }
        return entry.getDescription() != null ? entry.getDescription().getValue() : null;
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    private static NaiveFeed readJsonFeed(byte[] body) throws NaiveFeedException {
        JsonNode feed;
        try {
            feed = JSON.readTree(body);
        } catch (IOException e) {
            throw new NaiveFeedException("not JSON: " + e.getMessage(), e);
        }
        if (feed == null || !feed.path("items").isArray()) {
            throw new NaiveFeedException("a JSON document without items", null);
        }
        List<NaiveEntry> entries = new ArrayList<>(feed.path("items").size());
        for (JsonNode item : feed.path("items")) {
            List<String> tags = new ArrayList<>();
            item.path("tags").forEach(tag -> tags.add(tag.asText()));
            JsonNode author = item.path("authors").path(0).path("name");
            entries.add(new NaiveEntry(
                    text(item, "id"),
                    text(item, "url"),
                    text(item, "title"),
                    author.isTextual() ? author.asText() : null,
                    tags,
                    instant(text(item, "date_published")),
                    item.has("content_html") ? text(item, "content_html") : text(item, "summary")));
        }
        return new NaiveFeed(text(feed, "title"), entries);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Instant instant(String rfc3339) {
        if (rfc3339 == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(rfc3339).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
