package io.newsdesk.parse.jsonfeed;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.parse.FeedParseException;
import io.newsdesk.parse.detail.Category;
import io.newsdesk.parse.detail.DateValue;
import io.newsdesk.parse.detail.FeedVersion;
import io.newsdesk.parse.detail.Image;
import io.newsdesk.parse.detail.Link;
import io.newsdesk.parse.detail.ParsedEntry;
import io.newsdesk.parse.detail.Person;
import io.newsdesk.parse.detail.Text;
import io.newsdesk.parse.detail.TextType;
import io.newsdesk.parse.feed.DocumentBuilder;
import io.newsdesk.parse.feed.EntryBuilder;
import io.newsdesk.parse.feed.FieldValues;
import io.newsdesk.parse.feed.MetadataBuilder;
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
    private final DocumentBuilder document;

    private JsonFeedReader(int maxTextLength, DocumentBuilder document) {
        this.maxTextLength = maxTextLength;
        this.document = document;
    }

    /**
     * Reads a JSON Feed document into {@code document}.
     *
     * @param maxDepth how deeply JSON values may nest before the document is rejected
     * @param maxTextLength how long a string value may be before it is cut
     * @throws FeedParseException when the bytes are not JSON, or are JSON but not a JSON Feed
     */
    public static void read(byte[] body, DocumentBuilder document, int maxDepth, int maxTextLength)
            throws FeedParseException {
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
        JsonFeedReader reader = new JsonFeedReader(maxTextLength, document);
        document.version(version(reader.text(root, "version")));
        reader.readFeed(root);
    }

    private static ObjectMapper mapper(int maxDepth) {
        return new ObjectMapper(JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth).build())
                .build());
    }

    private static FeedVersion version(String version) throws FeedParseException {
        Matcher matcher = version == null ? null : VERSION.matcher(version.strip());
        if (matcher == null || !matcher.matches()) {
            throw new FeedParseException("not a feed: JSON without a 'version' of JSON Feed"
                    + (version == null ? "" : " (it says '" + version + "')"));
        }
        return matcher.group(1).equals("1") ? FeedVersion.JSONFEED10 : FeedVersion.JSONFEED11;
    }

    private void readFeed(JsonNode root) {
        String documentUrl = document.documentUrl();
        MetadataBuilder feed = document.metadata();
        String homePage = Urls.resolveSafe(documentUrl, text(root, "home_page_url"));
        feed.title(guessed(text(root, "title"), null));
        if (homePage != null) {
            feed.link(Link.alternate(homePage, "text/html"));
        }
        String feedUrl = Urls.resolveSafe(documentUrl, text(root, "feed_url"));
        if (feedUrl != null) {
            feed.link(new Link("self", feedUrl, "application/feed+json", null, null, null));
        }
        feed.subtitle(guessed(text(root, "description"), null));
        feed.language(PlainText.blankToNull(text(root, "language")));
        feed.icon(Urls.resolveSafe(documentUrl, text(root, "icon")));
        feed.logo(Urls.resolveSafe(documentUrl, text(root, "favicon")));
        authors(root).forEach(feed::author);
        String contentBase = documentUrl != null ? documentUrl : homePage;
        for (JsonNode item : root.path("items")) {
            if (!document.wantsEntries()) {
                break;
            }
            if (item.isObject()) {
                document.add(readItem(item, contentBase));
            }
        }
    }

    private ParsedEntry readItem(JsonNode item, String base) {
        EntryBuilder entry = new EntryBuilder();
        entry.id(PlainText.blankToNull(text(item, "id")), false);
        entry.title(guessed(text(item, "title"), base));
        String url = Urls.resolveSafe(base, text(item, "url"));
        if (url != null) {
            entry.link(Link.alternate(url, "text/html"));
        }
        String external = Urls.resolveSafe(base, text(item, "external_url"));
        if (external != null) {
            entry.link(new Link("related", external, null, null, null, null));
        }
        entry.content(FieldValues.of(TextType.HTML, text(item, "content_html"), null, base));
        entry.content(FieldValues.of(TextType.TEXT, text(item, "content_text"), null, base));
        entry.summary(FieldValues.of(TextType.TEXT, text(item, "summary"), null, base));
        String image = Urls.resolveSafe(base, text(item, "image"));
        entry.image(image == null ? null : Image.of(image));
        String banner = Urls.resolveSafe(base, text(item, "banner_image"));
        entry.image(banner == null ? null : Image.of(banner));
        entry.published(date(item, "date_published"));
        entry.updated(date(item, "date_modified"));
        authors(item).forEach(entry::author);
        for (JsonNode tag : item.path("tags")) {
            String term = tag.isValueNode() ? PlainText.blankToNull(tag.asText()) : null;
            if (term != null) {
                entry.category(new Category(term, null, null));
            }
        }
        entry.language(PlainText.blankToNull(text(item, "language")));
        for (JsonNode attachment : item.path("attachments")) {
            String href = Urls.resolveSafe(base, text(attachment, "url"));
            if (href != null) {
                Long size = FieldValues.count(text(attachment, "size_in_bytes"));
                entry.link(new Link("enclosure", href, PlainText.blankToNull(text(attachment, "mime_type")),
                        PlainText.blankToNull(text(attachment, "title")), size == null ? null : size.toString(), null));
            }
        }
        return entry.build();
    }

    /** A text of undeclared type: HTML when it looks like HTML, as in RSS. */
    private static Text guessed(String value, String base) {
        return FieldValues.of(PlainText.looksLikeHtml(value) ? TextType.HTML : TextType.TEXT, value, null, base);
    }

    /** JSON Feed 1.1's {@code authors}, or 1.0's {@code author}. */
    private List<Person> authors(JsonNode node) {
        List<Person> people = new ArrayList<>();
        for (JsonNode author : node.path("authors")) {
            addAuthor(author, people);
        }
        addAuthor(node.path("author"), people);
        return people;
    }

    private void addAuthor(JsonNode author, List<Person> people) {
        String name = PersonNames.clean(text(author, "name"));
        String url = Urls.resolveSafe(document.documentUrl(), text(author, "url"));
        Person person = new Person(name, null, url);
        if (!person.isEmpty() && !people.contains(person)) {
            people.add(person);
        }
    }

    private DateValue date(JsonNode node, String field) {
        return FieldValues.date(text(node, field), "'" + field + "'", document.problems());
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
        document.problems().data("the value of '" + field + "' was longer than " + maxTextLength
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
