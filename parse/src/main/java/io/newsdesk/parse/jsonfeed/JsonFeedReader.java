package io.newsdesk.parse.jsonfeed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.domain.Enclosure;
import io.newsdesk.domain.FeedFormat;
import io.newsdesk.parse.FeedParseException;
import io.newsdesk.parse.date.FeedDates;
import io.newsdesk.parse.date.ParsedDate;
import io.newsdesk.parse.feed.EntryDraft;
import io.newsdesk.parse.feed.FeedDraft;
import io.newsdesk.parse.feed.FieldValues;
import io.newsdesk.parse.text.PersonNames;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.parse.text.Urls;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * JSON Feed 1.0 and 1.1 (<a href="https://jsonfeed.org/version/1.1">jsonfeed.org</a>). The
 * {@code version} URL decides the format; 1.0's single {@code author} and 1.1's {@code authors}
 * are both read, whichever version the document claims.
 */
public final class JsonFeedReader {

    private static final Pattern VERSION = Pattern.compile("https?://jsonfeed\\.org/version/(1(?:\\.\\d+)?)/?");

    /** Mappers are thread-safe and costly to build: one per nesting limit in use. */
    private static final Map<Integer, ObjectMapper> MAPPERS = new ConcurrentHashMap<>();

    private final int maxTextLength;
    private final FeedDraft feed;

    private JsonFeedReader(int maxTextLength, FeedDraft feed) {
        this.maxTextLength = maxTextLength;
        this.feed = feed;
    }

    /**
     * Reads a JSON Feed document into {@code feed}.
     *
     * @param maxDepth how deeply JSON values may nest before the document is rejected
     * @param maxTextLength how long a string value may be before it is cut
     * @throws FeedParseException when the bytes are not JSON, or are JSON but not a JSON Feed
     */
    public static void read(byte[] body, FeedDraft feed, int maxDepth, int maxTextLength) throws FeedParseException {
        JsonNode root;
        try {
            root = MAPPERS.computeIfAbsent(maxDepth, JsonFeedReader::mapper).readTree(body);
        } catch (JsonProcessingException e) {
            throw new FeedParseException(describe(e), e);
        } catch (IOException e) {
            throw new FeedParseException("JSON error: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new FeedParseException("not a feed: JSON that is not an object");
        }
        JsonFeedReader reader = new JsonFeedReader(maxTextLength, feed);
        feed.format(format(reader.text(root, "version")));
        reader.readFeed(root);
    }

    private static ObjectMapper mapper(int maxDepth) {
        return new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth).build())
                .build());
    }

    private static FeedFormat format(String version) throws FeedParseException {
        Matcher matcher = version == null ? null : VERSION.matcher(version.strip());
        if (matcher == null || !matcher.matches()) {
            throw new FeedParseException("not a feed: JSON without a 'version' of JSON Feed"
                    + (version == null ? "" : " (it says '" + version + "')"));
        }
        return matcher.group(1).equals("1") ? FeedFormat.JSONFEED10 : FeedFormat.JSONFEED11;
    }

    private void readFeed(JsonNode root) {
        String documentUrl = feed.documentUrl();
        feed.title(PlainText.guessLine(text(root, "title")));
        feed.link(Urls.resolveWeb(documentUrl, text(root, "home_page_url")));
        feed.selfUrl(Urls.resolveWeb(documentUrl, text(root, "feed_url")));
        String description = text(root, "description");
        feed.description(PlainText.paragraphs(description, PlainText.looksLikeHtml(description)));
        feed.language(text(root, "language"));
        feed.iconUrl(Urls.resolveWeb(documentUrl, text(root, "icon")));
        feed.fallbackIconUrl(Urls.resolveWeb(documentUrl, text(root, "favicon")));
        authors(root).forEach(feed::author);
        String contentBase = documentUrl != null ? documentUrl : Urls.resolveWeb(null, text(root, "home_page_url"));
        for (JsonNode item : root.path("items")) {
            if (!feed.wantsEntries()) {
                break;
            }
            if (item.isObject()) {
                readItem(item, contentBase);
            }
        }
    }

    private void readItem(JsonNode item, String base) {
        EntryDraft entry = new EntryDraft();
        entry.guid(text(item, "id"));
        entry.title(PlainText.guessLine(text(item, "title")));
        entry.link(Urls.resolveWeb(base, text(item, "url")));
        entry.link(Urls.resolveWeb(base, text(item, "external_url")));
        entry.content(text(item, "content_html"), base);
        entry.content(PlainText.toHtml(text(item, "content_text")), base);
        entry.summary(PlainText.toHtml(text(item, "summary")), base);
        entry.imageUrl(Urls.resolveWeb(base, text(item, "image")));
        entry.imageUrl(Urls.resolveWeb(base, text(item, "banner_image")));
        entry.published(date(item, "date_published"));
        entry.updated(date(item, "date_modified"));
        authors(item).forEach(entry::author);
        for (JsonNode tag : item.path("tags")) {
            if (tag.isValueNode()) {
                entry.category(tag.asText());
            }
        }
        entry.language(text(item, "language"));
        for (JsonNode attachment : item.path("attachments")) {
            String url = Urls.resolveWeb(base, text(attachment, "url"));
            if (url != null) {
                entry.enclosure(new Enclosure(url, PlainText.blankToNull(text(attachment, "mime_type")),
                        FieldValues.count(text(attachment, "size_in_bytes"))));
            }
        }
        feed.add(entry.build(feed.authors(), feed.language()));
    }

    /** JSON Feed 1.1's {@code authors}, or 1.0's {@code author}. */
    private List<String> authors(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (JsonNode author : node.path("authors")) {
            addAuthor(author, names);
        }
        addAuthor(node.path("author"), names);
        return names;
    }

    private void addAuthor(JsonNode author, List<String> names) {
        String name = PersonNames.clean(text(author, "name"));
        if (name != null && !names.contains(name)) {
            names.add(name);
        }
    }

    private ParsedDate date(JsonNode node, String field) {
        String text = text(node, field);
        if (text == null || text.isBlank()) {
            return null;
        }
        ParsedDate date = FeedDates.parse(text).orElse(null);
        if (date == null) {
            feed.problems().accept("unreadable date '" + text.strip() + "' in '" + field + "'");
        }
        return date;
    }

    /** A string (or number) member, cut at the text limit; {@code null} for anything else. */
    private String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !(value.isTextual() || value.isNumber())) {
            return null;
        }
        String text = value.asText();
        if (text.length() <= maxTextLength) {
            return text;
        }
        feed.problems().accept("the value of '" + field + "' was longer than " + maxTextLength
                + " characters and was cut");
        return text.substring(0, maxTextLength);
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation location = e.getLocation();
        String where = location == null || location.getLineNr() < 0
                ? "JSON error: "
                : "JSON error at line " + location.getLineNr() + ", column " + location.getColumnNr() + ": ";
        return where + e.getOriginalMessage();
    }
}
