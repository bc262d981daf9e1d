package io.newsdesk.web.api;

import static io.newsdesk.web.api.ApiErrorsTest.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.Eventually;
import io.newsdesk.web.FixtureSite;
import io.newsdesk.web.RunningServer;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full text through the API and the pages, against a running server with its background work: a
 * feed of teasers whose articles live on a fixture site, some of whose pages cannot give one.
 */
class FullTextApiTest {

    private static final String PAGE_ONLY_WORD = "quayside";

    @TempDir
    Path dataDir;

    private FixtureSite site;
    private RunningServer running;

    @BeforeEach
    void start() throws IOException {
        site = FixtureSite.start();
        site.put("/teasers.xml", "application/rss+xml", rss(
                item("story-1", "/news/1"), item("story-2", "/news/2"), item("missing", "/news/missing"),
                item("report", "/news/report.pdf")));
        site.put("/news/1", "text/html; charset=utf-8", article("Port strike ends"));
        site.put("/news/2", "text/html; charset=utf-8", article("Ferry timetable changes"));
        site.put("/news/report.pdf", "application/pdf", "%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII));
        running = RunningServer.start(dataDir);
        running.newsdesk.startBackgroundWork();
    }

    @AfterEach
    void stop() {
        running.close();
        site.close();
    }

    @Test
    void aFeedWithFullTextOnGetsItsArticlesAndSaysWhyWhenItCannot() {
        HttpResponse<String> added = running.sendJson("POST", "/api/v1/feeds",
                "{\"url\": \"" + site.url("/teasers.xml") + "\", \"full_text\": \"on\"}");
        assertThat(added.statusCode()).isEqualTo(201);
        JsonNode feed = RunningServer.json(added);
        assertThat(feed.at("/full_text/mode").asText()).isEqualTo("on");
        assertThat(feed.at("/full_text/fetching").asBoolean()).isTrue();
        long feedId = feed.get("id").asLong();

        Eventually.until("every page was tried", () -> entriesByGuid(feedId).values().stream()
                .allMatch(entry -> entry.at("/full_text/attempted_at").isTextual()));
        Map<String, JsonNode> entries = entriesByGuid(feedId);

        JsonNode fetched = entries.get("story-1");
        assertThat(fetched.get("summary").asText()).isEqualTo("The start of story-1…");
        assertThat(fetched.at("/full_text/status").asText()).isEqualTo("fetched");
        assertThat(fetched.at("/full_text/text").asText()).contains(PAGE_ONLY_WORD);
        assertThat(fetched.at("/full_text/html").asText()).contains("<p>");
        assertThat(fetched.at("/full_text/fetched_at").isTextual()).isTrue();
        assertThat(fetched.at("/full_text/error").isNull()).isTrue();
        JsonNode missing = entries.get("missing").get("full_text");
        assertThat(missing.get("status").asText()).isEqualTo("retrying");
        assertThat(missing.get("error").asText()).isEqualTo("HTTP 404 Not Found");
        assertThat(missing.get("next_attempt_at").isTextual()).isTrue();
        JsonNode report = entries.get("report").get("full_text");
        assertThat(report.get("status").asText()).isEqualTo("failed");
        assertThat(report.get("error_code").asText()).isEqualTo("not_html");
        assertThat(report.get("error").asText()).contains("application/pdf");

        long articleId = fetched.get("id").asLong();
        assertThat(RunningServer.json(running.get("/api/v1/entries/" + articleId)).at("/full_text/status").asText())
                .isEqualTo("fetched");
        Eventually.until("the articles are searchable", () -> {
            running.syncIndex();
            return RunningServer.json(running.get("/api/v1/search?q=" + PAGE_ONLY_WORD)).get("total").asInt() == 2;
        });
        assertThat(RunningServer.json(running.get("/api/v1/search?q=" + PAGE_ONLY_WORD)).at("/results/0/entry/full_text/status")
                .asText()).isEqualTo("fetched");

        Document page = Jsoup.parse(running.get("/entries/" + articleId).body());
        assertThat(page.select("[data-full-text=fetched]").text()).startsWith("Full article from 127.0.0.1");
        assertThat(page.select(".article__content").text()).contains(PAGE_ONLY_WORD);
        Document failedPage = Jsoup.parse(running.get("/entries/" + entries.get("report").get("id").asLong()).body());
        assertThat(failedPage.select("[data-full-text=failed]").text()).contains("application/pdf");
        assertThat(running.get("/healthz").statusCode()).isEqualTo(200);
    }

    @Test
    void theSettingIsChangedWithTheFeedUpdateRouteAndTheFeedsPageForm() {
        long feedId = running.subscribe(site.url("/teasers.xml"));

        HttpResponse<String> patched = running.sendJson("PATCH", "/api/v1/feeds/" + feedId, "{\"full_text\": \"off\"}");
        assertThat(patched.statusCode()).isEqualTo(200);
        assertThat(RunningServer.json(patched).at("/full_text/mode").asText()).isEqualTo("off");
        assertError(running.sendJson("PATCH", "/api/v1/feeds/" + feedId, "{\"full_text\": \"sometimes\"}"),
                400, "full text must be one of auto, on, off, not 'sometimes'");
        assertError(running.sendJson("PATCH", "/api/v1/feeds/" + feedId, "{\"title\": \"Mine\"}"), 400, "unknown field 'title'");
        assertError(running.sendJson("PATCH", "/api/v1/feeds/" + feedId, "{}"), 400, "field 'full_text' is required");
        assertError(running.sendJson("PATCH", "/api/v1/feeds/999", "{\"full_text\": \"on\"}"), 404, "no feed 999");
        assertError(running.sendJson("POST", "/api/v1/feeds", "{\"url\": \"" + site.url("/other.xml")
                + "\", \"full_text\": \"maybe\"}"), 400, "full text must be one of");

        HttpResponse<String> form = running.postForm("/feeds/" + feedId + "/full-text", "mode", "on");
        assertThat(form.statusCode()).isEqualTo(303);
        assertThat(RunningServer.json(running.get("/api/v1/feeds/" + feedId)).at("/full_text/mode").asText()).isEqualTo("on");
        Document feeds = Jsoup.parse(running.get("/feeds").body());
        assertThat(feeds.select("[data-feed-id=" + feedId + "] select[name=mode] option[selected]").val()).isEqualTo("on");
    }

    @Test
    void anyEntrysPageCanBeAskedFor() {
        // Entries that carry their articles: auto leaves the feed off.
        String longText = "The council met on Tuesday to discuss the harbour works, and members agreed. ".repeat(40);
        site.put("/articles.xml", "application/rss+xml", rss(item("story-2", "/news/2", longText),
                item("story-3", "/news/3", longText), item("story-4", "/news/4", longText)));
        long feedId = running.subscribe(site.url("/articles.xml"));
        long entryId = entriesByGuid(feedId).get("story-2").get("id").asLong();
        assertThat(entriesByGuid(feedId).get("story-2").get("full_text").isNull()).isTrue();

        HttpResponse<String> asked = running.post("/api/v1/entries/" + entryId + "/full-text");

        assertThat(asked.statusCode()).isEqualTo(202);
        assertThat(RunningServer.json(asked).at("/full_text/status").asText()).isEqualTo("pending");
        Eventually.until("the page was fetched", () -> "fetched".equals(
                RunningServer.json(running.get("/api/v1/entries/" + entryId)).at("/full_text/status").asText()));
        assertThat(running.post("/api/v1/entries/" + entryId + "/full-text").statusCode()).isEqualTo(200);
        assertError(running.post("/api/v1/entries/999/full-text"), 404, "no entry 999");
    }

    private Map<String, JsonNode> entriesByGuid(long feedId) {
        JsonNode list = RunningServer.json(running.get("/api/v1/entries?feed=" + feedId + "&limit=50"));
        Map<String, JsonNode> byGuid = new HashMap<>();
        list.get("entries").forEach(entry -> byGuid.put(entry.get("guid").asText(), entry));
        return byGuid;
    }

    private String item(String guid, String path) {
        return item(guid, path, "The start of " + guid + "…");
    }

    private String item(String guid, String path, String description) {
        return "<item><guid isPermaLink=\"false\">" + guid + "</guid><title>Story " + guid + "</title><link>"
                + site.url(path) + "</link><description>" + description + "</description></item>";
    }

    private static byte[] rss(String... items) {
        return ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Harbour teasers</title>"
                + "<link>https://harbour.example/</link>" + String.join("", items) + "</channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] article(String headline) {
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            body.append("<p>Paragraph ").append(i).append(": dockworkers on the ").append(PAGE_ONLY_WORD)
                    .append(" gathered early, and the union's negotiators, who had met the port authority through the")
                    .append(" night, read out the terms of the agreement, which raises pay and limits night shifts.</p>");
        }
        return ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + headline + "</title>"
                + "<meta property=\"og:type\" content=\"article\"></head><body><nav><a href=\"/\">Home</a></nav>"
                + "<article><h1>" + headline + "</h1>" + body + "</article></body></html>").getBytes(StandardCharsets.UTF_8);
    }
}
