package io.newsdesk.web.readers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.RunningServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Through every reader protocol, Bob can neither read, change nor learn of Ada's feeds,
 * categories and entries, nor her reading state of the feed they share: her things answer as
 * things that do not exist (404, an empty list, or a write that changes nothing), and the state
 * each of them keeps of a shared entry is their own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IsolationTest {

    private static final String API = "/api/greader.php/reader/api/0";

    private TwoReaders readers;
    private List<Long> adasOwn;
    private List<Long> shared;
    private long adasCategory;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        readers = TwoReaders.start(dataDir);
        adasOwn = ids(asAda("/v1/feeds/" + readers.blog + "/entries?limit=100").get("entries"));
        shared = ids(asAda("/v1/feeds/" + readers.code + "/entries?limit=100").get("entries"));
        adasCategory = asAda("/v1/categories").get(0).get("id").asLong();
    }

    @AfterAll
    void adasStateIsUntouched() {
        try {
            assertThat(asAda("/v1/entries?status=unread&limit=1").get("total").asLong())
                    .isEqualTo(ReaderSite.ALL_ENTRIES);
            assertThat(asAda("/v1/entries?starred=true&limit=1").get("total").asLong()).isZero();
            assertThat(asAda("/v1/feeds")).hasSize(2);
        } finally {
            readers.close();
        }
    }

    @Test
    void minifluxShowsBobOnlyHisOwn() {
        JsonNode feeds = asBob("/v1/feeds");
        assertThat(feeds).hasSize(1);
        assertThat(feeds.get(0).get("id").asLong()).isEqualTo(readers.code);
        assertThat(feeds.get(0).get("category").get("title").asText()).isEqualTo(TwoReaders.BOB_CATEGORY);
        assertThat(asBob("/v1/categories").findValuesAsText("title")).containsExactly(TwoReaders.BOB_CATEGORY);
        assertThat(asBob("/v1/entries?limit=100").get("total").asLong()).isEqualTo(ReaderSite.CODE_ENTRIES);
        assertThat(asBob("/v1/feeds/counters").get("unreads").has(Long.toString(readers.blog))).isFalse();

        long adaEntry = adasOwn.getFirst();
        assertMinifluxNotFound(bob("GET", "/v1/feeds/" + readers.blog, null), "no feed " + readers.blog);
        assertMinifluxNotFound(bob("GET", "/v1/feeds/" + readers.blog + "/entries", null), "no feed " + readers.blog);
        assertMinifluxNotFound(bob("GET", "/v1/entries?feed_id=" + readers.blog, null), "no feed " + readers.blog);
        assertMinifluxNotFound(bob("GET", "/v1/categories/" + adasCategory + "/entries", null),
                "no category " + adasCategory);
        assertMinifluxNotFound(bob("GET", "/v1/entries/" + adaEntry, null), "no entry " + adaEntry);
        assertMinifluxNotFound(bob("PUT", "/v1/entries/" + adaEntry + "/bookmark", ""), "no entry " + adaEntry);
        assertMinifluxNotFound(bob("PUT", "/v1/feeds/" + readers.blog + "/refresh", ""), "no feed " + readers.blog);
        assertMinifluxNotFound(bob("DELETE", "/v1/feeds/" + readers.blog, null), "no feed " + readers.blog);
        assertThat(bob("PUT", "/v1/entries", "{\"entry_ids\": " + adasOwn + ", \"status\": \"read\", "
                + "\"starred\": true}").statusCode()).isEqualTo(204);
    }

    @Test
    void eachKeepsTheirOwnStateOfTheSharedFeed() {
        long entry = shared.getFirst();

        assertThat(bob("PUT", "/v1/entries", "{\"entry_ids\": [" + entry + "], \"status\": \"read\"}").statusCode())
                .isEqualTo(204);

        assertThat(asBob("/v1/entries/" + entry).get("status").asText()).isEqualTo("read");
        assertThat(asAda("/v1/entries/" + entry).get("status").asText()).isEqualTo("unread");
        bob("PUT", "/v1/entries", "{\"entry_ids\": [" + entry + "], \"status\": \"unread\"}");
    }

    @Test
    void googleReaderShowsBobOnlyHisOwn() {
        JsonNode subscriptions = greader("/subscription/list?output=json").get("subscriptions");
        assertThat(subscriptions).hasSize(1);
        assertThat(subscriptions.get(0).get("id").asText()).isEqualTo("feed/" + readers.code);
        assertThat(greader("/tag/list?output=json").get("tags").findValuesAsText("id"))
                .containsExactly("user/-/state/com.google/starred", "user/-/label/" + TwoReaders.BOB_CATEGORY);
        assertThat(greader("/unread-count?output=json").get("max").asLong()).isEqualTo(ReaderSite.CODE_ENTRIES);

        assertThat(greaderGet("/stream/contents/feed%2F" + readers.blog).statusCode()).isEqualTo(404);
        assertThat(greaderGet("/stream/contents/user%2F-%2Flabel%2F" + ReaderSite.CATEGORY).statusCode())
                .isEqualTo(404);
        String adasItems = adasOwn.stream().map(id -> "i=" + id).collect(Collectors.joining("&"));
        assertThat(greader("/stream/items/contents?" + adasItems).get("items")).isEmpty();
        assertThat(greaderPost("/edit-tag", adasItems + "&a=user/-/state/com.google/read"
                + "&a=user/-/state/com.google/starred").body()).isEqualTo("OK");
        assertThat(greaderPost("/mark-all-as-read", "s=feed/" + readers.blog).statusCode()).isEqualTo(404);
        assertThat(greaderPost("/subscription/edit", "ac=unsubscribe&s=feed/" + readers.blog).statusCode())
                .isEqualTo(404);
        assertThat(greaderPost("/subscription/edit", "ac=edit&s=feed/" + readers.blog + "&t=Mine").statusCode())
                .isEqualTo(404);
    }

    @Test
    void feverShowsBobOnlyHisOwn() {
        String key = "api_key=" + TwoReaders.feverKey("bob", TwoReaders.BOB_PASSWORD);
        JsonNode answer = fever(key, "&groups&feeds&unread_item_ids");
        assertThat(answer.get("feeds")).hasSize(1);
        assertThat(answer.get("groups").findValuesAsText("title")).containsExactly(TwoReaders.BOB_CATEGORY);
        assertThat(answer.get("unread_item_ids").asText().split(",")).hasSize(ReaderSite.CODE_ENTRIES);
        String adasIds = adasOwn.subList(0, 5).stream().map(String::valueOf).collect(Collectors.joining(","));
        assertThat(fever(key, "&items&with_ids=" + adasIds).get("items")).isEmpty();

        fever(key + "&mark=item&as=read&id=" + adasOwn.getFirst(), "");
        fever(key + "&mark=item&as=saved&id=" + adasOwn.getFirst(), "");
        HttpResponse<String> feed = readers.postForm("/fever/?api", key + "&mark=feed&as=read&id=" + readers.blog);
        HttpResponse<String> group = readers.postForm("/fever/?api", key + "&mark=group&as=read&id=" + adasCategory);
        assertThat(feed.statusCode()).isEqualTo(404);
        assertThat(group.statusCode()).isEqualTo(404);
    }

    private JsonNode fever(String form, String query) {
        HttpResponse<String> response = readers.postForm("/fever/?api" + query, form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RunningServer.json(response);
    }

    private JsonNode greader(String endpoint) {
        HttpResponse<String> response = greaderGet(endpoint);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RunningServer.json(response);
    }

    private HttpResponse<String> greaderGet(String endpoint) {
        return readers.server.get(API + endpoint, "Authorization", "GoogleLogin auth=" + TwoReaders.BOB_TOKEN);
    }

    private HttpResponse<String> greaderPost(String endpoint, String form) {
        return readers.postForm(API + endpoint, form, "Authorization", "GoogleLogin auth=" + TwoReaders.BOB_TOKEN);
    }

    private JsonNode asAda(String path) {
        return json(readers.server.get(path, "X-Auth-Token", TwoReaders.ADA_TOKEN), path);
    }

    private JsonNode asBob(String path) {
        return json(bob("GET", path, null), path);
    }

    private HttpResponse<String> bob(String method, String path, String body) {
        return readers.server.send(method, path, body == null ? null : "application/json",
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), "X-Auth-Token", TwoReaders.BOB_TOKEN);
    }

    private static JsonNode json(HttpResponse<String> response, String path) {
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return RunningServer.json(response);
    }

    private static void assertMinifluxNotFound(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
        assertThat(RunningServer.json(response).get("error_message").asText()).isEqualTo(message);
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(element -> ids.add(element.get("id").asLong()));
        return ids;
    }
}
