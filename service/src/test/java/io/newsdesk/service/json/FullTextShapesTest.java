package io.newsdesk.service.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.Feed;
import io.newsdesk.domain.PollState;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.service.search.SearchService;
import io.newsdesk.store.FeedSummary;
import io.newsdesk.store.FullText;
import io.newsdesk.store.FullTextMode;
import io.newsdesk.store.FullTextSetting;
import io.newsdesk.store.FullTextStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The full-text fields of entries and feeds: added beside the existing fields, never instead of them. */
class FullTextShapesTest {

    private static final Instant AT = Instant.parse("2026-11-20T12:00:00Z");
    private static final StoredEntry STORED = new StoredEntry(7, 3, "Harbour Times", Entry.builder()
            .title("Strike ends").link("https://harbour.org/strike").summary("<p>The start…</p>").teaser(true).build(),
            false, false, AT, AT);

    @Test
    void anEntryWithAFetchedArticleShowsItBesideTheTeaser() throws Exception {
        FullText text = new FullText(7, FullTextStatus.FETCHED, "https://harbour.org/strike",
                "https://harbour.org/news/strike", "<p>All of it.</p>", "All of it.", List.of("Ann Lee"),
                "https://harbour.org/lead.jpg", AT.minusSeconds(3600), "Harbour Times", AT, AT, 200, null, null, 0, null);

        JsonNode json = roundTrip(JsonShapes.entry(STORED, text));

        assertThat(json.get("summary").asText()).isEqualTo("<p>The start…</p>");
        assertThat(json.get("teaser").asBoolean()).isTrue();
        JsonNode fullText = json.get("full_text");
        assertThat(fullText.get("status").asText()).isEqualTo("fetched");
        assertThat(fullText.get("html").asText()).isEqualTo("<p>All of it.</p>");
        assertThat(fullText.get("text").asText()).isEqualTo("All of it.");
        assertThat(fullText.get("fetched_at").asText()).isEqualTo("2026-11-20T12:00:00Z");
        assertThat(fullText.get("error").isNull()).isTrue();
        assertThat(fullText.get("url").asText()).isEqualTo("https://harbour.org/news/strike");
        assertThat(fullText.get("byline").get(0).asText()).isEqualTo("Ann Lee");
        assertThat(fullText.get("published").asText()).isEqualTo("2026-11-20T11:00:00Z");
    }

    @Test
    void aFailedPageSaysWhyAndWhere() throws Exception {
        FullText text = new FullText(7, FullTextStatus.RETRYING, "https://harbour.org/strike", null, null, null,
                List.of(), null, null, null, null, AT, 503, "http_error", "HTTP 503 Service Unavailable", 1,
                AT.plus(Duration.ofMinutes(10)));

        JsonNode fullText = roundTrip(JsonShapes.entry(STORED, text)).get("full_text");

        assertThat(fullText.get("status").asText()).isEqualTo("retrying");
        assertThat(fullText.get("error").asText()).isEqualTo("HTTP 503 Service Unavailable");
        assertThat(fullText.get("error_code").asText()).isEqualTo("http_error");
        assertThat(fullText.get("http_status").asInt()).isEqualTo(503);
        assertThat(fullText.get("url").asText()).isEqualTo("https://harbour.org/strike");
        assertThat(fullText.get("html").isNull()).isTrue();
        assertThat(fullText.get("next_attempt_at").asText()).isEqualTo("2026-11-20T12:10:00Z");
    }

    @Test
    void anEntryWhosePageWasNeverWantedHasNoFullText() throws Exception {
        assertThat(roundTrip(JsonShapes.entry(STORED, null)).get("full_text").isNull()).isTrue();
        assertThat(roundTrip(JsonShapes.searchResult(new SearchService.Result(STORED, "t", "s"), null))
                .get("entry").has("full_text")).isTrue();
    }

    @Test
    void aFeedShowsItsSettingAndWhatAutoDecided() throws Exception {
        Feed feed = new Feed(3, "https://harbour.org/feed", "Harbour Times", null, null, null, null, false,
                new PollState(AT, AT, Duration.ofHours(1), 0, null, 200, null, null, false), AT);
        FullTextSetting decided = new FullTextSetting(FullTextMode.AUTO, true, "9 of the 10 latest entries are teasers", AT);

        JsonNode auto = roundTrip(JsonShapes.feed(new FeedSummary(feed, 1, 2, null, decided))).get("full_text");
        JsonNode off = roundTrip(JsonShapes.feed(new FeedSummary(feed, 1, 2, null,
                new FullTextSetting(FullTextMode.OFF, true, "teasers", AT)))).get("full_text");
        JsonNode undecided = roundTrip(JsonShapes.feed(new FeedSummary(feed, 1, 2, null))).get("full_text");

        assertThat(auto.get("mode").asText()).isEqualTo("auto");
        assertThat(auto.get("fetching").asBoolean()).isTrue();
        assertThat(auto.get("auto_decision").asText()).isEqualTo("on");
        assertThat(auto.get("auto_reason").asText()).isEqualTo("9 of the 10 latest entries are teasers");
        assertThat(auto.get("decided_at").asText()).isEqualTo("2026-11-20T12:00:00Z");
        assertThat(off.get("mode").asText()).isEqualTo("off");
        assertThat(off.get("fetching").asBoolean()).isFalse();
        assertThat(undecided.get("fetching").asBoolean()).isFalse();
        assertThat(undecided.get("auto_decision").isNull()).isTrue();
    }

    private static JsonNode roundTrip(Object shape) throws Exception {
        return Json.mapper().readTree(Json.mapper().writeValueAsString(shape));
    }
}
