package io.newsdesk.web.readers.fever;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.RunningServer;
import io.newsdesk.web.readers.ReaderSite;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Fever API as Reeder and other Fever clients call it: the key as a form field on every
 * request, reads named in the query string, writes in the form. Tests touch entries of their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeverApiTest {

    private static final String KEY = "api_key=0123456789abcdef0123456789abcdef";

    private ReaderSite reader;
    private List<Long> blog;
    private List<Long> code;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        reader = ReaderSite.start(dataDir);
        blog = reader.entryIds(reader.blog);
        code = reader.entryIds(reader.code);
    }

    @AfterAll
    void stop() {
        reader.close();
    }

    @Test
    void answersTheBareCallWithTheApiVersionAndAuth() {
        JsonNode answer = fever("", "");

        assertThat(answer.get("api_version").asInt()).isEqualTo(3);
        assertThat(answer.get("auth").asInt()).isEqualTo(1);
        assertThat(answer.get("last_refreshed_on_time").asLong()).isBetween(
                Instant.now().minusSeconds(3600).getEpochSecond(), Instant.now().getEpochSecond());
        assertThat(answer.has("items")).isFalse();
        // Some clients are configured without the trailing slash, or with a doubled one.
        assertThat(reader.postForm("/fever?api", KEY).statusCode()).isEqualTo(200);
        assertThat(reader.postForm("//fever/?api", KEY).statusCode()).isEqualTo(308);
    }

    @Test
    void listsGroupsFeedsAndWhichFeedIsInWhichGroup() {
        JsonNode answer = fever("&groups&feeds", "");

        assertThat(answer.get("groups")).hasSize(1);
        long group = answer.get("groups").get(0).get("id").asLong();
        assertThat(answer.get("groups").get(0).get("title").asText()).isEqualTo(ReaderSite.CATEGORY);
        assertThat(answer.get("feeds")).hasSize(2);
        JsonNode feed = answer.get("feeds").get(0);
        for (String member : List.of("id", "favicon_id", "title", "url", "site_url", "is_spark", "last_updated_on_time")) {
            assertThat(feed.has(member)).as(member).isTrue();
        }
        assertThat(answer.get("feeds_groups")).hasSize(1);
        assertThat(answer.get("feeds_groups").get(0).get("group_id").asLong()).isEqualTo(group);
        assertThat(answer.get("feeds_groups").get(0).get("feed_ids").asText()).isEqualTo(Long.toString(reader.code));
        assertThat(fever("&favicons&links", "").get("favicons")).isEmpty();
    }

    @Test
    void pagesThroughEveryItemFiftyAtATimeWithSinceId() {
        Set<Long> seen = new HashSet<>();
        long since = 0;
        int pages = 0;
        while (pages++ < 10) {
            JsonNode items = fever("&items&since_id=" + since, "").get("items");
            if (items.isEmpty()) {
                break;
            }
            assertThat(items.size()).isLessThanOrEqualTo(FeverApi.PAGE);
            for (JsonNode item : items) {
                assertThat(item.get("id").asLong()).isGreaterThan(since);
                seen.add(item.get("id").asLong());
            }
            since = items.get(items.size() - 1).get("id").asLong();
        }
        assertThat(seen).hasSize(ReaderSite.ALL_ENTRIES);
        assertThat(fever("&items", "").get("total_items").asLong()).isEqualTo(ReaderSite.ALL_ENTRIES);
    }

    @Test
    void pagesBackwardsWithMaxIdAndReadsChosenItems() {
        JsonNode newest = fever("&items&max_id=0", "").get("items");
        long max = newest.get(0).get("id").asLong();
        JsonNode below = fever("&items&max_id=" + max, "").get("items");
        JsonNode chosen = fever("&items&with_ids=" + code.get(0) + "," + blog.get(0), "").get("items");

        assertThat(max).isEqualTo(ReaderSite.ALL_ENTRIES);
        assertThat(below.get(0).get("id").asLong()).isEqualTo(max - 1);
        assertThat(chosen).hasSize(2);
        JsonNode item = chosen.get(0);
        for (String member : List.of("id", "feed_id", "title", "author", "html", "url", "is_saved", "is_read",
                "created_on_time")) {
            assertThat(item.has(member)).as(member).isTrue();
        }
        assertThat(item.get("is_read").asInt()).isIn(0, 1);
    }

    @Test
    void marksItemsReadUnreadSavedAndUnsaved() {
        long id = blog.get(3);

        assertThat(fever("&unread_item_ids", KEY + "&mark=item&as=read&id=" + id).get("unread_item_ids").asText())
                .doesNotContain("," + id + ",");
        assertThat(reader.entry(id).get("status").asText()).isEqualTo("read");
        fever("", KEY + "&mark=item&as=unread&id=" + id);
        assertThat(reader.entry(id).get("status").asText()).isEqualTo("unread");
        JsonNode saved = fever("&saved_item_ids", KEY + "&mark=item&as=saved&id=" + id);
        assertThat(saved.get("saved_item_ids").asText()).isEqualTo(Long.toString(id));
        fever("", KEY + "&mark=item&as=unsaved&id=" + id);
        assertThat(reader.entry(id).get("starred").asBoolean()).isFalse();
        assertThat(fever("&saved_item_ids", "").get("saved_item_ids").asText()).isEmpty();
    }

    @Test
    void marksAFeedOrAGroupReadOnlyUpToBefore() {
        long past = Instant.now().minusSeconds(24 * 3600).getEpochSecond();
        long future = Instant.now().plusSeconds(3600).getEpochSecond();
        long group = fever("&groups", "").get("groups").get(0).get("id").asLong();

        fever("", KEY + "&mark=group&as=read&id=" + group + "&before=" + past);
        assertThat(unreadIds()).containsAll(code);
        fever("", KEY + "&mark=group&as=read&id=" + group + "&before=" + future);
        assertThat(unreadIds()).doesNotContainAnyElementsOf(code).containsAll(blog);
        fever("", KEY + "&mark=group&as=read&id=-1&before=" + future);
        assertThat(unreadIds()).containsAll(blog);
        reader.server.sendJson("PUT", "/api/v1/entries/read", "{\"entry_ids\": " + code + ", \"read\": false}");
        assertThat(unreadIds()).containsAll(code);
    }

    @Test
    void answersBadRequestsWithAnErrorMember() {
        assertError(post("", KEY + "&mark=item&as=read&id=-4"), 400, "form field 'id' must be a whole number");
        assertError(post("", KEY + "&mark=item&as=read&id=4294967296"), 400, "from 1 to 2147483647");
        assertError(post("", KEY + "&mark=item&as=read&id=abc"), 400, "got 'abc'");
        assertError(post("", KEY + "&mark=item&as=kept&id=" + blog.get(0)), 400,
                "form field 'as' must be read, unread, saved or unsaved");
        assertError(post("", KEY + "&mark=feed&as=saved&id=" + reader.blog), 400,
                "feeds and groups can only be marked as read");
        assertError(post("", KEY + "&mark=feed&as=read&id=424242&before=1"), 404, "no feed 424242");
        assertError(post("", KEY + "&mark=group&as=read&id=-2"), 400, "form field 'id' must be a whole number");
        assertError(post("", KEY + "&mark=everything&as=read"), 400, "form field 'mark' must be item, feed or group");
        assertError(post("&items&since_id=-1", KEY), 400, "query parameter 'since_id'");
        assertError(post("&items&with_ids=1,two", KEY), 400, "an id of 'with_ids'");
        StringBuilder many = new StringBuilder("1");
        for (int i = 2; i <= 51; i++) {
            many.append(',').append(i);
        }
        assertError(post("&items&with_ids=" + many, KEY), 400, "'with_ids' takes at most 50 ids, got 51");
        assertError(reader.server.send("POST", "/fever/?api=xml", "application/x-www-form-urlencoded",
                KEY.getBytes()), 400, "only JSON answers are supported");
        assertError(reader.server.send("POST", "/fever/", "application/x-www-form-urlencoded", KEY.getBytes()), 400,
                "this is the Fever API: add ?api to the address");
        assertError(reader.server.send("POST", "/fever/?api", "application/x-www-form-urlencoded",
                (KEY + "&mark=item&as=read&id=1&pad=" + "x".repeat(2 * 1024 * 1024)).getBytes()), 413,
                "request body too large: at most 1 MiB is accepted here");
        assertThat(reader.unread()).isEqualTo(ReaderSite.ALL_ENTRIES);
    }

    private List<Long> unreadIds() {
        String ids = fever("&unread_item_ids", "").get("unread_item_ids").asText();
        List<Long> parsed = new ArrayList<>();
        Arrays.stream(ids.split(",")).filter(id -> !id.isEmpty()).forEach(id -> parsed.add(Long.parseLong(id)));
        return parsed;
    }

    private JsonNode fever(String query, String form) {
        HttpResponse<String> response = post(query, form.isEmpty() ? KEY : form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RunningServer.json(response);
    }

    private HttpResponse<String> post(String query, String form) {
        return reader.postForm("/fever/?api" + query, form);
    }

    private static void assertError(HttpResponse<String> response, int status, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        JsonNode answer = RunningServer.json(response);
        assertThat(answer.get("api_version").asInt()).isEqualTo(3);
        assertThat(answer.get("error").asText()).contains(message);
    }
}
