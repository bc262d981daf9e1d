package io.newsdesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.FixtureSite;
import io.newsdesk.web.RunningServer;
import io.newsdesk.web.WebSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every form works without JavaScript: it posts, the server answers 303 to a page, and the change is made. */
class UiFormsTest {

    @TempDir
    Path dataDir;

    private FixtureSite site;
    private RunningServer running;

    @BeforeEach
    void start() throws IOException {
        site = FixtureSite.start();
        running = RunningServer.start(dataDir);
    }

    @AfterEach
    void stop() {
        running.close();
        site.close();
    }

    @Test
    void addingAFeedRedirectsToTheFeedsPageWhichShowsTheNoticeOnce() {
        HttpResponse<String> posted =
                running.postForm("/feeds", "_csrf", "", "url", site.url(FixtureSite.ATOM), "category", "Code");
        assertSeeOther(posted, "/feeds");
        String cookie = noticeCookie(posted);

        HttpResponse<String> shown = running.get("/feeds", "Cookie", cookie);
        assertThat(shown.body()).contains("Subscribed to Recent Commits to v2:main.", "notice--success");
        assertThat(shown.headers().allValues("Set-Cookie"))
                .anySatisfy(header -> assertThat(header).startsWith(Notices.COOKIE + "=;").contains("Expires=Thu, 01 Jan 1970"));
        JsonNode feed = RunningServer.json(running.get("/api/v1/feeds")).get("feeds").get(0);
        assertThat(feed.get("category").asText()).isEqualTo("Code");
    }

    @Test
    void aRefusedFeedShowsTheFormAgainWithTheInputAndTheReason() {
        String url = site.url(FixtureSite.PLAIN_PAGE);
        HttpResponse<String> response = running.postForm("/feeds", "url", url, "category", "Misc");
        assertThat(response.statusCode()).isEqualTo(502);
        assertThat(response.body())
                .contains("no feed found at " + url)
                .contains("value=\"" + url + "\"")
                .contains("value=\"Misc\"")
                .contains("aria-invalid=\"true\"");
    }

    @Test
    void anEmptyFeedAddressAsksForOne() {
        HttpResponse<String> response = running.postForm("/feeds", "url", "  ");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Enter the address of a feed");
    }

    @Test
    void readAndStarFormsChangeTheEntryAndReturnToTheList() {
        long feed = running.subscribe(site.url(FixtureSite.ATOM));
        long id = firstEntry(feed);

        assertSeeOther(running.postForm("/entries/" + id + "/read", "read", "true", "return_to", "/?status=all"), "/?status=all");
        assertThat(entry(id).get("status").asText()).isEqualTo("read");

        assertSeeOther(running.postForm("/entries/" + id + "/read", "read", "false", "return_to", "/starred"), "/starred");
        assertThat(entry(id).get("status").asText()).isEqualTo("unread");

        assertSeeOther(running.postForm("/entries/" + id + "/read"), "/");
        assertThat(entry(id).get("status").asText()).isEqualTo("read");
        assertSeeOther(running.postForm("/entries/" + id + "/unread"), "/");
        assertThat(entry(id).get("status").asText()).isEqualTo("unread");

        String feedPage = "/feeds/" + feed + "/entries";
        assertSeeOther(running.postForm("/entries/" + id + "/star", "starred", "true", "return_to", feedPage), feedPage);
        assertThat(entry(id).get("starred").asBoolean()).isTrue();
        assertSeeOther(running.postForm("/entries/" + id + "/unstar"), "/");
        assertThat(entry(id).get("starred").asBoolean()).isFalse();
        assertSeeOther(running.postForm("/entries/" + id + "/star"), "/");
        assertThat(entry(id).get("starred").asBoolean()).isTrue();
    }

    @Test
    void markingUnreadFromTheArticleLeavesItUnread() {
        long id = firstEntry(running.subscribe(site.url(FixtureSite.ATOM)));
        running.get("/entries/" + id);
        assertSeeOther(running.postForm("/entries/" + id + "/read", "read", "false", "return_to", "/entries/" + id), "/");
        assertThat(entry(id).get("status").asText()).isEqualTo("unread");
    }

    @Test
    void redirectsNeverLeaveTheSite() {
        long id = firstEntry(running.subscribe(site.url(FixtureSite.ATOM)));
        assertSeeOther(running.postForm("/entries/" + id + "/star", "return_to", "//evil.example/"), "/");
        assertSeeOther(running.postForm("/entries/" + id + "/star", "return_to", "https://evil.example/"), "/");
        assertSeeOther(running.postForm("/entries/" + id + "/star", "return_to", "javascript:alert(1)"), "/");
    }

    @Test
    void markingAPageReadMarksTheListedEntries() {
        long feed = running.subscribe(site.url(FixtureSite.ATOM));
        JsonNode entries = RunningServer.json(running.get("/api/v1/entries?feed=" + feed)).get("entries");
        String first = entries.get(0).get("id").asText();
        String second = entries.get(1).get("id").asText();
        HttpResponse<String> response = running.postForm("/entries/mark-read", "ids", first, "ids", second, "return_to", "/");
        assertSeeOther(response, "/");
        assertThat(RunningServer.json(running.get("/api/v1/feeds/" + feed)).get("unread").asInt())
                .isEqualTo(FixtureSite.ATOM_ENTRIES - 2);
        assertThat(running.get("/", "Cookie", noticeCookie(response)).body()).contains("Marked 2 entries read.");
    }

    @Test
    void feedFormsRefreshMarkReadAndRemove() {
        long feed = running.subscribe(site.url(FixtureSite.ATOM));

        HttpResponse<String> refreshed = running.postForm("/feeds/" + feed + "/refresh");
        assertSeeOther(refreshed, "/feeds");
        assertThat(running.get("/feeds", "Cookie", noticeCookie(refreshed)).body()).contains("Recent Commits to v2:main");

        assertSeeOther(running.postForm("/feeds/" + feed + "/mark-read"), "/feeds/" + feed + "/entries");
        assertThat(RunningServer.json(running.get("/api/v1/feeds/" + feed)).get("unread").asInt()).isZero();

        assertSeeOther(running.postForm("/feeds/" + feed + "/delete"), "/feeds");
        assertThat(running.get("/api/v1/feeds/" + feed).statusCode()).isEqualTo(404);
    }

    @Test
    void anOpmlFileUploadSubscribesToItsFeeds() {
        String opml = """
                <?xml version="1.0"?>
                <opml version="2.0"><head><title>Export</title></head><body>
                <outline type="rss" text="Blog" xmlUrl="%s"/>
                </body></opml>
                """.formatted(site.url(FixtureSite.RSS));
        HttpResponse<String> response =
                running.postFile("/opml/import", "file", "subscriptions.opml", opml.getBytes(StandardCharsets.UTF_8));
        assertSeeOther(response, "/feeds");
        assertThat(running.get("/feeds", "Cookie", noticeCookie(response)).body()).contains("1 feed imported");
        assertThat(RunningServer.json(running.get("/api/v1/feeds")).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void aFileThatIsNotOpmlIsANoticeOnTheFeedsPage() {
        HttpResponse<String> response =
                running.postFile("/opml/import", "file", "notes.txt", "shopping list".getBytes(StandardCharsets.UTF_8));
        assertSeeOther(response, "/feeds");
        assertThat(running.get("/feeds", "Cookie", noticeCookie(response)).body()).contains("invalid OPML", "notice--error");
    }

    @Test
    void anOversizedUploadIs413WithAnErrorPage() {
        byte[] huge = new byte[(int) WebSettings.DEFAULT_MAX_UPLOAD_BYTES + 1024];
        HttpResponse<String> response = running.postFile("/opml/import", "file", "huge.opml", huge);
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(RunningServer.contentType(response)).isEqualTo("text/html;charset=utf-8");
        assertThat(response.body()).contains("request body too large");
    }

    @Test
    void anOversizedFormIs413() {
        HttpResponse<String> response = running.postForm("/feeds", "url", "x".repeat((int) WebSettings.DEFAULT_MAX_BODY_BYTES));
        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void unknownEntriesInFormsAreAnErrorPage() {
        HttpResponse<String> response = running.postForm("/entries/424242/read");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("no entry 424242");
    }

    private JsonNode entry(long id) {
        return RunningServer.json(running.get("/api/v1/entries/" + id));
    }

    private long firstEntry(long feed) {
        return RunningServer.json(running.get("/api/v1/entries?limit=1&feed=" + feed)).get("entries").get(0).get("id").asLong();
    }

    private void assertSeeOther(HttpResponse<String> response, String path) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        URI target = URI.create(running.origin() + "/").resolve(location);
        assertThat(target.getAuthority()).isEqualTo(URI.create(running.origin()).getAuthority());
        String pathAndQuery = target.getRawPath() + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        assertThat(pathAndQuery).isEqualTo(path);
    }

    private static String noticeCookie(HttpResponse<String> response) {
        String header = response.headers().allValues("Set-Cookie").stream()
                .filter(value -> value.startsWith(Notices.COOKIE + "="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no notice cookie in " + response.headers().map()));
        assertThat(header).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        return header.substring(0, header.indexOf(';'));
    }
}
