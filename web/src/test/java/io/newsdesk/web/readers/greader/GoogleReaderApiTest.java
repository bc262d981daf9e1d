package io.newsdesk.web.readers.greader;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.RunningServer;
import io.newsdesk.web.SharedCorpora;
import io.newsdesk.web.readers.ReaderSite;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Google Reader API called exactly as its best-known clients call it: newsboat's freshrss
 * backend (subscription list, percent-encoded stream ids with {@code n}, the token it sends back
 * with its trailing newline, edit-tag with {@code a} and {@code r} together, mark-all-as-read),
 * and the Reeder and FeedMe conventions (item ids in both forms, {@code T=x} or no token, items
 * by id in a form). Tests touch entries of their own, so they share one server.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GoogleReaderApiTest {

    private static final String API = "/api/greader.php/reader/api/0";
    private static final String AUTH = "Authorization";
    private static final String GOOGLE_LOGIN = "GoogleLogin auth=any";

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
    void listsSubscriptionsWithTheirFolders() {
        JsonNode subscriptions = json(API + "/subscription/list?output=json").get("subscriptions");

        assertThat(subscriptions).hasSize(2);
        JsonNode code = find(subscriptions, "feed/" + reader.code);
        assertThat(code.get("title").asText()).isEqualTo("Recent Commits to v2:main");
        assertThat(code.get("url").asText()).endsWith("/feeds/atom.xml");
        assertThat(code.get("htmlUrl").asText()).startsWith("https://");
        assertThat(code.get("categories").get(0).get("id").asText()).isEqualTo("user/-/label/Code");
        assertThat(code.get("categories").get(0).get("label").asText()).isEqualTo("Code");
        assertThat(find(subscriptions, "feed/" + reader.blog).get("categories")).isEmpty();
    }

    @Test
    void readsAFeedWhoseStreamIdIsPercentEncodedAsNewsboatSendsIt() {
        JsonNode stream = json(API + "/stream/contents/feed%2F" + reader.blog + "?n=5");

        assertThat(stream.get("id").asText()).isEqualTo("feed/" + reader.blog);
        JsonNode items = stream.get("items");
        assertThat(items).hasSize(5);
        JsonNode first = items.get(0);
        assertThat(first.get("id").asText()).matches("tag:google\\.com,2005:reader/item/[0-9a-f]{16}");
        assertThat(ItemId.parse(first.get("id").asText())).isEqualTo(blog.getFirst());
        assertThat(first.get("title").asText()).isNotBlank();
        assertThat(first.get("canonical").get(0).get("href").asText()).startsWith("https://dustri.org/");
        assertThat(first.get("summary").get("content").asText()).contains("<p>");
        assertThat(first.get("published").isIntegralNumber()).isTrue();
        assertThat(first.get("crawlTimeMsec").isTextual()).isTrue();
        assertThat(first.get("origin").get("streamId").asText()).isEqualTo("feed/" + reader.blog);
        assertThat(first.get("categories").findValuesAsText("")).isEmpty();
        assertThat(strings(first.get("categories"))).contains("user/-/state/com.google/reading-list")
                .doesNotContain("user/-/state/com.google/read");
        List<Long> published = new ArrayList<>();
        items.forEach(item -> published.add(item.get("published").asLong()));
        assertThat(published).isSortedAccordingTo((a, b) -> Long.compare(b, a));
        assertThat(stream.get("continuation").asText()).isEqualTo(Long.toString(blog.get(4)));
    }

    @Test
    void walksAStreamWithContinuationsUntilItEnds() {
        Set<String> seen = new HashSet<>();
        String continuation = null;
        int pages = 0;
        do {
            JsonNode page = json(API + "/stream/contents/user/-/state/com.google/reading-list?n=10"
                    + (continuation == null ? "" : "&c=" + continuation));
            page.get("items").forEach(item -> assertThat(seen.add(item.get("id").asText())).isTrue());
            continuation = page.has("continuation") ? page.get("continuation").asText() : null;
            pages++;
        } while (continuation != null && pages < 20);

        assertThat(seen).hasSize(ReaderSite.ALL_ENTRIES);
        assertThat(pages).isEqualTo(5);
    }

    @Test
    void readsLabelsOldestFirstAndByQueryParameter() {
        JsonNode label = json(API + "/stream/contents/user%2F-%2Flabel%2FCode?r=o&n=100");
        JsonNode viaQuery = json(API + "/stream/contents?s=user/-/label/Code&n=100");

        assertThat(label.get("items")).hasSize(ReaderSite.CODE_ENTRIES);
        assertThat(label.has("continuation")).isFalse();
        assertThat(label.get("items").get(0).get("id")).isEqualTo(viaQuery.get("items").get(ReaderSite.CODE_ENTRIES - 1).get("id"));
        assertThat(strings(label.get("items").get(0).get("categories"))).contains("user/-/label/Code");
    }

    @Test
    void marksReadWithEditTagAsNewsboatDoesAndUnreadAgain() {
        String token = token();
        long first = code.get(0);
        long second = code.get(1);

        HttpResponse<String> read = reader.postForm(API + "/edit-tag", "i=" + ItemId.longForm(first)
                + "&a=user/-/state/com.google/read&r=user/-/state/com.google/kept-unread&ac=edit&T=" + token,
                AUTH, GOOGLE_LOGIN);

        assertThat(read.statusCode()).isEqualTo(200);
        assertThat(read.body()).isEqualTo("OK");
        assertThat(reader.entry(first).get("status").asText()).isEqualTo("read");

        HttpResponse<String> unread = reader.postForm(API + "/edit-tag", "i=" + ItemId.longForm(first)
                + "&r=user/-/state/com.google/read&a=user/-/state/com.google/kept-unread"
                + "&a=user/-/state/com.google/tracking-kept-unread&ac=edit&T=" + token, AUTH, GOOGLE_LOGIN);
        assertThat(unread.body()).isEqualTo("OK");
        assertThat(reader.entry(first).get("status").asText()).isEqualTo("unread");

        // Reeder: short ids, several items and states at once, and its placeholder token.
        HttpResponse<String> both = reader.postForm(API + "/edit-tag", "i=" + first + "&i=" + second
                + "&a=user%2F-%2Fstate%2Fcom.google%2Fread&a=user/-/state/com.google/starred&T=x", AUTH, GOOGLE_LOGIN);
        assertThat(both.body()).isEqualTo("OK");
        for (long id : List.of(first, second)) {
            assertThat(reader.entry(id).get("status").asText()).isEqualTo("read");
            assertThat(reader.entry(id).get("starred").asBoolean()).isTrue();
        }
        JsonNode starred = json(API + "/stream/contents/user/-/state/com.google/starred");
        assertThat(starred.get("items")).hasSize(2);
        assertThat(strings(starred.get("items").get(0).get("categories")))
                .contains("user/-/state/com.google/read", "user/-/state/com.google/starred");
    }

    @Test
    void marksAFeedReadUpToAMomentAndTheWholeListAfterwards() {
        long before = reader.unread();
        String token = token();

        // Entries were all stored after the epoch's first microsecond, so nothing is old enough.
        assertThat(reader.postForm(API + "/mark-all-as-read", "s=feed/" + reader.blog + "&ts=1&T=" + token,
                AUTH, GOOGLE_LOGIN).body()).isEqualTo("OK");
        assertThat(reader.unread()).isEqualTo(before);

        assertThat(reader.postForm(API + "/mark-all-as-read", "s=feed/" + reader.blog + "&T=" + token,
                AUTH, GOOGLE_LOGIN).body()).isEqualTo("OK");
        assertThat(json(API + "/unread-count?output=json").get("unreadcounts"))
                .anySatisfy(count -> {
                    assertThat(count.get("id").asText()).isEqualTo("feed/" + reader.blog);
                    assertThat(count.get("count").asLong()).isZero();
                });
        JsonNode unreadIds = json(API + "/stream/items/ids?s=feed/" + reader.blog
                + "&xt=user/-/state/com.google/read&n=100");
        assertThat(unreadIds.get("itemRefs")).isEmpty();
        reader.server.sendJson("PUT", "/api/v1/entries/read", "{\"entry_ids\": " + blog + ", \"read\": false}");
    }

    @Test
    void returnsShortIdsAndItemsByIdInBothForms() {
        JsonNode refs = json(API + "/stream/items/ids?s=user/-/label/Code&n=3").get("itemRefs");
        assertThat(refs).hasSize(3);
        String shortId = refs.get(0).get("id").asText();
        assertThat(shortId).matches("[0-9]+");

        HttpResponse<String> byForm = reader.postForm(API + "/stream/items/contents",
                "i=" + shortId + "&i=" + ItemId.longForm(Long.parseLong(refs.get(1).get("id").asText())), AUTH, GOOGLE_LOGIN);
        JsonNode viaGet = json(API + "/stream/items/contents?i=" + refs.get(2).get("id").asText());

        assertThat(byForm.statusCode()).isEqualTo(200);
        assertThat(RunningServer.json(byForm).get("items")).hasSize(2);
        assertThat(RunningServer.json(byForm).get("items").findValuesAsText("title")).doesNotContainNull();
        assertThat(viaGet.get("items")).hasSize(1);
    }

    @Test
    void countsUnreadPerFeedFolderAndInAll() {
        JsonNode counts = json(API + "/unread-count?output=json");

        assertThat(counts.get("max").asLong()).isEqualTo(reader.unread());
        assertThat(counts.get("unreadcounts").findValuesAsText("id")).contains(
                "feed/" + reader.blog, "feed/" + reader.code, "user/-/label/Code",
                "user/-/state/com.google/reading-list");
        assertThat(counts.get("unreadcounts").get(0).get("newestItemTimestampUsec").asText()).matches("[1-9][0-9]{15}");
    }

    @Test
    void listsTagsWithTheStarredStateAndFolders() {
        JsonNode tags = json(API + "/tag/list?output=json").get("tags");

        // Another test may have added a folder meanwhile.
        assertThat(tags.findValuesAsText("id")).startsWith("user/-/state/com.google/starred", "user/-/label/Code");
        assertThat(tags.get(1).get("type").asText()).isEqualTo("folder");
        assertThat(tags.get(0).has("type")).isFalse();
    }

    @Test
    void editsRenamesMovesSubscribesAndUnsubscribes() {
        reader.site.put("/extra.xml", "application/atom+xml", SharedCorpora.read(SharedCorpora.feedFixture("small_atom.xml")));
        String url = reader.site.url("/extra.xml");

        assertThat(reader.postForm(API + "/subscription/edit", "ac=subscribe&s=feed/" + url
                + "&t=Extra&a=user/-/label/Later&T=x", AUTH, GOOGLE_LOGIN).body()).isEqualTo("OK");
        JsonNode added = find(json(API + "/subscription/list?output=json").get("subscriptions"), null, "Extra");
        String stream = added.get("id").asText();
        assertThat(added.get("categories").get(0).get("label").asText()).isEqualTo("Later");

        assertThat(reader.postForm(API + "/subscription/edit", "ac=edit&s=" + stream + "&t=Renamed"
                + "&r=user/-/label/Later", AUTH, GOOGLE_LOGIN).body()).isEqualTo("OK");
        JsonNode edited = find(json(API + "/subscription/list?output=json").get("subscriptions"), stream);
        assertThat(edited.get("title").asText()).isEqualTo("Renamed");
        assertThat(edited.get("categories")).isEmpty();

        assertThat(reader.postForm(API + "/subscription/edit", "ac=unsubscribe&s=" + stream, AUTH, GOOGLE_LOGIN)
                .body()).isEqualTo("OK");
        assertThat(json(API + "/subscription/list?output=json").get("subscriptions")).hasSize(2);
    }

    @Test
    void quickAddsAFeedAndSaysWhenItIsThereAlready() {
        reader.site.put("/quick.xml", "application/atom+xml", SharedCorpora.read(SharedCorpora.feedFixture("small_atom.xml")));

        HttpResponse<String> added = reader.postForm(API + "/subscription/quickadd",
                "quickadd=" + reader.site.url("/quick.xml"), AUTH, GOOGLE_LOGIN);
        HttpResponse<String> again = reader.postForm(API + "/subscription/quickadd",
                "quickadd=feed/" + reader.site.url("/quick.xml"), AUTH, GOOGLE_LOGIN);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        JsonNode answer = RunningServer.json(added);
        assertThat(answer.get("numResults").asInt()).isEqualTo(1);
        assertThat(answer.get("query").asText()).isEqualTo(reader.site.url("/quick.xml"));
        assertThat(answer.get("streamId").asText()).matches("feed/[0-9]+");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(again.body()).startsWith("already subscribed to " + reader.site.url("/quick.xml"));
        reader.postForm(API + "/subscription/edit", "ac=unsubscribe&s=" + answer.get("streamId").asText(),
                AUTH, GOOGLE_LOGIN);
    }

    @Test
    void describesTheUser() {
        JsonNode user = json(API + "/user-info");

        assertThat(user.get("userId").asText()).isEqualTo("1");
        assertThat(user.get("userName").asText()).isNotBlank();
    }

    private String token() {
        HttpResponse<String> token = reader.server.get(API + "/token", AUTH, GOOGLE_LOGIN);
        assertThat(token.statusCode()).isEqualTo(200);
        assertThat(token.body()).endsWith("\n").hasSize(GoogleReaderAuth.ACTION_TOKEN_LENGTH + 1);
        // Sent back as it came, newline included, the way newsboat does.
        return token.body();
    }

    private JsonNode json(String path) {
        HttpResponse<String> response = reader.server.get(path, AUTH, GOOGLE_LOGIN);
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
        return RunningServer.json(response);
    }

    private static JsonNode find(JsonNode subscriptions, String id) {
        return find(subscriptions, id, null);
    }

    private static JsonNode find(JsonNode subscriptions, String id, String title) {
        for (JsonNode subscription : subscriptions) {
            if (subscription.get("id").asText().equals(id) || subscription.get("title").asText().equals(title)) {
                return subscription;
            }
        }
        throw new AssertionError("no subscription " + id + " / " + title + " in " + subscriptions);
    }

    private static List<String> strings(JsonNode array) {
        List<String> strings = new ArrayList<>();
        array.forEach(value -> strings.add(value.asText()));
        return strings;
    }
}
