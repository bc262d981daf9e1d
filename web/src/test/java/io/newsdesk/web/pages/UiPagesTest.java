package io.newsdesk.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.FixtureSite;
import io.newsdesk.web.RunningServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The pages a reader sees, after subscribing to a feed and importing the aggregator teaser. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UiPagesTest {

    private static final String TEASER_TITLE = "Russian and North Korean defense chiefs hold historic talks";
    private static final String RSS_TITLE = "Using vale with vim";
    private static final String UNOPENED_TITLE = "Carrot disclosure";
    private static final String RSS_LINK = "https://dustri.org/b/using-vale-with-vim.html";

    private FixtureSite site;
    private RunningServer running;
    private long feedId;
    private long teaserId;
    private long rssEntryId;

    @BeforeAll
    void start(@TempDir Path dataDir) throws IOException {
        site = FixtureSite.start();
        running = RunningServer.start(dataDir);
        feedId = running.subscribe(site.url(FixtureSite.RSS));
        running.subscribe(site.url(FixtureSite.ATOM));
        teaserId = running.importTeaser().get("entries").get(0).get("id").asLong();
        rssEntryId = RunningServer.json(running.get("/api/v1/entries?feed=" + feedId + "&limit=500"))
                .get("entries").findParents("title").stream()
                .filter(entry -> entry.get("title").asText().equals(RSS_TITLE))
                .findFirst().orElseThrow().get("id").asLong();
        running.syncIndex();
    }

    @AfterAll
    void stop() {
        running.close();
        site.close();
    }

    @Test
    void theUnreadListShowsUnreadEntriesAndTheUnreadTotal() {
        HttpResponse<String> page = running.get("/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Unread", UNOPENED_TITLE, "Mark page as read");
        assertThat(unreadBadge(page.body())).isEqualTo(unreadCount());
    }

    @Test
    void theListOfAllEntriesShowsTheTeaserWithItsAgeAndCount() {
        HttpResponse<String> page = running.get("/?status=all");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("All entries", TEASER_TITLE, RSS_TITLE, UNOPENED_TITLE)
                .contains("11 months ago")
                .contains(">28<")
                .contains("href=\"/entries/" + teaserId + "\"");
    }

    @Test
    void longListsArePagedByThirty() {
        int all = FixtureSite.RSS_ENTRIES + FixtureSite.ATOM_ENTRIES + 1;
        HttpResponse<String> first = running.get("/?status=all");
        assertThat(first.body())
                .contains("1–30 of " + all + " entries")
                .contains("href=\"/?status=all&amp;offset=30\"")
                .doesNotContain("rel=\"prev\"");
        HttpResponse<String> second = running.get("/?status=all&offset=30");
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.body()).contains("31–" + all + " of " + all + " entries", "rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(second.body().split("data-entry-card ", -1)).hasSize(all - 30 + 1);
    }

    @Test
    void aFeedsListShowsOnlyItsEntries() {
        HttpResponse<String> feed = running.get("/feeds/" + feedId + "/entries");
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.body()).contains("Artificial truth", RSS_TITLE, UNOPENED_TITLE).doesNotContain(TEASER_TITLE);
    }

    @Test
    void theArticlePageShowsTheEntryLinksToTheOriginalAndMarksItRead() {
        HttpResponse<String> page = running.get("/entries/" + rssEntryId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(RSS_TITLE)
                .containsPattern("<a [^>]*href=\"" + RSS_LINK + "\" rel=\"noopener noreferrer\"[^>]*>Read entire article")
                .contains("Back to list");
        JsonNode entry = RunningServer.json(running.get("/api/v1/entries/" + rssEntryId));
        assertThat(entry.get("status").asText()).isEqualTo("read");
        assertThat(unreadBadge(page.body())).as("the frame counts it read already").isEqualTo(unreadCount());
    }

    @Test
    void theTeaserArticleSaysItIsATeaserAndHasNoOriginalLink() {
        HttpResponse<String> page = running.get("/entries/" + teaserId);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains(TEASER_TITLE, "11 months ago", "Teaser", "Sergey Shoigu")
                .doesNotContain("Read entire article");
    }

    @Test
    void backToListLeadsToTheListTheArticleWasOpenedFrom() {
        HttpResponse<String> fromStarred = running.get("/entries/" + teaserId, "Referer", running.origin() + "/starred");
        assertThat(fromStarred.body()).contains("href=\"/starred\">Back to list");
        HttpResponse<String> fromElsewhere = running.get("/entries/" + teaserId, "Referer", "https://evil.example/starred");
        assertThat(fromElsewhere.body()).contains("href=\"/\">Back to list");
    }

    @Test
    void theFeedsPageListsSubscriptionsAndTheForms() {
        HttpResponse<String> page = running.get("/feeds");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains("Artificial truth", site.url(FixtureSite.RSS))
                .contains("Imported articles", "Local feed")
                .contains("action=\"/feeds\"", "action=\"/opml/import\"", "action=\"/feeds/" + feedId + "/refresh\"");
    }

    @Test
    void anEmptyStarredListSaysHowToStar() {
        HttpResponse<String> page = running.get("/starred");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("No starred entries");
    }

    @Test
    void searchShowsHighlightedHits() {
        HttpResponse<String> page = running.get("/search?q=vale");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<mark>", "href=\"/entries/" + rssEntryId + "\"", "value=\"vale\"");
        HttpResponse<String> blank = running.get("/search");
        assertThat(blank.statusCode()).isEqualTo(200);
        assertThat(blank.body()).contains("Type one or more words");
    }

    @Test
    void opmlExportIsADownload() {
        HttpResponse<String> response = running.get("/opml/export");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"newsdesk.opml\"");
        assertThat(response.body()).contains("<opml", site.url(FixtureSite.RSS));
    }

    @Test
    void badPageAddressesAnswerErrorPages() {
        HttpResponse<String> badStatus = running.get("/?status=bogus");
        assertThat(badStatus.statusCode()).isEqualTo(400);
        assertThat(badStatus.body()).contains("query parameter 'status' must be all or unread, got 'bogus'");
        assertThat(running.get("/entries/abc").statusCode()).isEqualTo(400);
        assertThat(running.get("/entries/99999").statusCode()).isEqualTo(404);
        assertThat(running.get("/feeds/99999/entries").statusCode()).isEqualTo(404);
        assertThat(running.get("/?offset=-1").statusCode()).isEqualTo(400);
        assertThat(running.get("/feeds/" + feedId + "/delete").statusCode()).as("only POST removes").isEqualTo(405);
    }

    private long unreadCount() {
        return RunningServer.json(running.get("/api/v1/entries?status=unread&limit=1")).get("total").asLong();
    }

    private static long unreadBadge(String html) {
        String marker = "data-unread-count>";
        int start = html.indexOf(marker);
        assertThat(start).as("the layout shows the unread count").isNotNegative();
        int end = html.indexOf('<', start);
        return Long.parseLong(html.substring(start + marker.length(), end).strip());
    }
}
