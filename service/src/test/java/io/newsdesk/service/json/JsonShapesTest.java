package io.newsdesk.service.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.domain.DatePrecision;
import io.newsdesk.domain.Enclosure;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.Feed;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.domain.FeedFormat;
import io.newsdesk.domain.PollState;
import io.newsdesk.domain.Source;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.extract.ArticleExtractor;
import io.newsdesk.service.imports.Documents;
import io.newsdesk.service.testing.SharedCorpora;
import io.newsdesk.store.FeedSummary;
import io.newsdesk.store.WebSubState;
import io.newsdesk.store.WebSubStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The JSON field names are a promise to users: these tests hold them to the issue's list. */
class JsonShapesTest {

    /** The entry fields the issue names, in the order it names them. */
    private static final List<String> ISSUE_ENTRY_FIELDS = List.of("id", "guid", "title", "link", "published", "updated",
            "authors", "summary", "content", "dek", "categories", "enclosures", "source", "teaser", "count",
            "published_precision");
    private static final List<String> ENTRY_EXTRAS = List.of("language", "image_url");
    private static final List<String> STORED_EXTRAS = List.of("feed_id", "feed_title", "status", "starred", "created_at",
            "changed_at");
    private static final Pattern ISO_UTC = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z");

    private static final Entry ENTRY = Entry.builder()
            .guid("urn:story:1")
            .title("Storm Idris reaches the coast")
            .link("https://harbour.example/storm")
            .published(Instant.parse("2026-11-19T16:00:00Z"))
            .updated(Instant.parse("2026-11-19T17:30:15.250Z"))
            .author("Rosa Kettering")
            .summary("<p>Gusts of 148 km/h.</p>")
            .content("<p>Gusts of 148 km/h on Skerra Island.</p>")
            .dek("The storm passed in the night")
            .category("Weather")
            .enclosure(new Enclosure("https://cdn.harbour.example/storm.mp3", "audio/mpeg", 1_234_567L))
            .source(new Source("The Harbour Times", "https://harbour.example/"))
            .teaser(true)
            .count(28)
            .language("en-GB")
            .build();

    @Test
    void anEntryHasExactlyTheIssuesFieldsPlusTheDocumentedExtras() throws Exception {
        JsonNode json = roundTrip(JsonShapes.entry(ENTRY));

        assertThat(fieldNames(json)).containsExactlyInAnyOrderElementsOf(concat(ISSUE_ENTRY_FIELDS, ENTRY_EXTRAS));
        assertThat(json.get("id").isNull()).isTrue();
        assertThat(json.get("published").asText()).isEqualTo("2026-11-19T16:00:00Z");
        assertThat(json.get("updated").asText()).isEqualTo("2026-11-19T17:30:15.250Z");
        assertThat(json.get("published_precision").asText()).isEqualTo("second");
        assertThat(json.get("authors")).hasSize(1);
        assertThat(json.get("authors").get(0).asText()).isEqualTo("Rosa Kettering");
        assertThat(json.get("categories").get(0).asText()).isEqualTo("Weather");
        JsonNode enclosure = json.get("enclosures").get(0);
        assertThat(fieldNames(enclosure)).containsExactly("url", "type", "length");
        assertThat(enclosure.get("length").asLong()).isEqualTo(1_234_567L);
        assertThat(fieldNames(json.get("source"))).containsExactly("name", "url");
        assertThat(json.get("source").get("name").asText()).isEqualTo("The Harbour Times");
        assertThat(json.get("teaser").asBoolean()).isTrue();
        assertThat(json.get("count").asInt()).isEqualTo(28);
        assertThat(json.get("dek").asText()).isEqualTo("The storm passed in the night");
    }

    @Test
    void absentValuesAreNullAndListsAreEmpty() throws Exception {
        JsonNode json = roundTrip(JsonShapes.entry(Entry.builder().title("Only a title").build()));

        assertThat(fieldNames(json)).containsExactlyInAnyOrderElementsOf(concat(ISSUE_ENTRY_FIELDS, ENTRY_EXTRAS));
        for (String field : List.of("guid", "link", "published", "updated", "published_precision", "summary", "content",
                "dek", "source", "count")) {
            assertThat(json.get(field).isNull()).as(field).isTrue();
        }
        assertThat(json.get("authors").isArray()).isTrue();
        assertThat(json.get("authors")).isEmpty();
        assertThat(json.get("enclosures")).isEmpty();
        assertThat(json.get("teaser").asBoolean()).isFalse();
    }

    @Test
    void aStoredEntryAddsItsIdentityAndReadingState() throws Exception {
        StoredEntry stored = new StoredEntry(42, 7, "Harbour", ENTRY.toBuilder()
                .published(Instant.parse("2025-12-01T00:00:00Z"), DatePrecision.MONTH).build(),
                true, false, Instant.parse("2026-11-20T12:00:00Z"), Instant.parse("2026-11-20T12:00:01Z"));

        JsonNode json = roundTrip(JsonShapes.entry(stored));

        assertThat(fieldNames(json)).containsExactlyInAnyOrderElementsOf(
                concat(concat(ISSUE_ENTRY_FIELDS, ENTRY_EXTRAS), STORED_EXTRAS));
        assertThat(json.get("id").asLong()).isEqualTo(42);
        assertThat(json.get("feed_id").asLong()).isEqualTo(7);
        assertThat(json.get("status").asText()).isEqualTo("read");
        assertThat(json.get("starred").asBoolean()).isFalse();
        assertThat(json.get("published_precision").asText()).isEqualTo("month");
        for (String time : List.of("published", "updated", "created_at", "changed_at")) {
            assertThat(json.get(time).asText()).as(time).matches(ISO_UTC);
        }
    }

    @ParameterizedTest
    @CsvSource({
            "corpora/feed-fixtures/rome/rome/src/test/resources/rss_2.0.xml,        rss20",
            "corpora/feed-fixtures/rome/rome/src/test/resources/rss_1.0.xml,        rss10",
            "corpora/feed-fixtures/rome/rome/src/test/resources/rss_0.92.xml,       rss09x",
            "corpora/feed-fixtures/rome/rome/src/test/resources/rss_0.91N.xml,      rss09x",
            "corpora/feed-fixtures/rome/rome/src/test/resources/atom_1.0.xml,       atom10",
            "corpora/feed-fixtures/rome/rome/src/test/resources/atom_0.3.xml,       atom03",
            "corpora/feed-fixtures/jsonfeed/test/examples/v1/simple.json,           jsonfeed10",
            "corpora/feed-fixtures/jsonfeed/test/examples/v1.1/simple.json,         jsonfeed11",
    })
    void aFeedDocumentNamesItsFormat(String file, String format) throws Exception {
        Documents documents = new Documents(new ArticleExtractor(), Clock.systemUTC());
        FeedDocument document = documents.parseFeed(Documents.read(SharedCorpora.path(file)), null, null);

        JsonNode json = roundTrip(JsonShapes.feedDocument(document));

        assertThat(json.get("format").asText()).isEqualTo(format);
        assertThat(fieldNames(json)).contains("format", "title", "link", "language", "entries");
        assertThat(json.get("entries")).isNotEmpty().allSatisfy(entry ->
                assertThat(fieldNames(entry)).containsExactlyInAnyOrderElementsOf(concat(ISSUE_ENTRY_FIELDS, ENTRY_EXTRAS)));
    }

    @Test
    void prettyPrintingWritesTheSameJson() throws Exception {
        Map<String, Object> shape = JsonShapes.entry(ENTRY);

        assertThat(Json.mapper().readTree(Json.pretty(shape))).isEqualTo(roundTrip(shape));
        assertThat(Json.pretty(shape)).contains("\n  \"title\" : \"Storm Idris reaches the coast\"");
    }

    @Test
    void aFeedShowsItsWebSubSubscriptionOrNull() throws Exception {
        Feed feed = new Feed(3, "https://harbour.example/feed", "Harbour", null, null, null, FeedFormat.RSS20, false,
                new PollState(Instant.parse("2026-11-19T16:00:00Z"), Instant.parse("2026-11-20T16:00:00Z"),
                        Duration.ofHours(1), 0, null, 200, null, null, false),
                Instant.parse("2026-11-01T08:00:00Z"));
        WebSubStatus status = new WebSubStatus(WebSubState.ACTIVE, "https://hub.example/", "https://harbour.example/self",
                Instant.parse("2026-11-29T16:00:00Z"), Instant.parse("2026-11-19T16:00:00Z"), null);

        JsonNode pushed = roundTrip(JsonShapes.feed(new FeedSummary(feed, 1, 2, status))).get("websub");
        JsonNode polled = roundTrip(JsonShapes.feed(new FeedSummary(feed, 1, 2, null))).get("websub");

        assertThat(fieldNames(pushed)).containsExactly("state", "hub_url", "topic_url", "lease_expires_at",
                "last_delivery_at", "last_error");
        assertThat(pushed.get("state").asText()).isEqualTo("active");
        assertThat(pushed.get("hub_url").asText()).isEqualTo("https://hub.example/");
        assertThat(pushed.get("topic_url").asText()).isEqualTo("https://harbour.example/self");
        assertThat(pushed.get("lease_expires_at").asText()).isEqualTo("2026-11-29T16:00:00Z");
        assertThat(pushed.get("last_delivery_at").asText()).isEqualTo("2026-11-19T16:00:00Z");
        assertThat(pushed.get("last_error").isNull()).isTrue();
        assertThat(polled.isNull()).isTrue();
    }

    private static JsonNode roundTrip(Object shape) throws Exception {
        return Json.mapper().readTree(Json.mapper().writeValueAsString(shape));
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            names.add(it.next());
        }
        return names;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
