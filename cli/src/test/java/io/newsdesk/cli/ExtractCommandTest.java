package io.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.service.json.Json;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractCommandTest {

    @TempDir
    Path temp;

    @Test
    void teaserTextGivesHeadlineStandfirstCountAndAMonthPreciseDate() {
        String before = elevenMonthsAgo();
        Cli.Result result = Cli.on(temp.resolve("data"), "extract", Fixtures.teaser().toString(), "--json").succeeded();
        String after = elevenMonthsAgo();

        JsonNode article = result.json();
        assertThat(article.get("title").asText())
                .isEqualTo("Russian and North Korean defense chiefs hold historic talks");
        assertThat(article.get("dek").asText())
                .isEqualTo("Sergey Shoigu has said he is certain his visit will strengthen military ties between the two countries");
        assertThat(article.get("count").asInt()).isEqualTo(28);
        assertThat(article.get("published").asText()).isIn(before, after);
        assertThat(article.get("published_precision").asText()).isEqualTo("month");
        assertThat(article.get("teaser").asBoolean()).isTrue();
        assertThat(article.get("text").asText())
                .startsWith("Russian Defense Minister Sergey Shoigu has held talks")
                .endsWith("play a part in defusing regional tensions.")
                .doesNotContain("Read Entire Article");
        assertThat(article.get("content").asText()).startsWith("<p>").doesNotContain("Read Entire Article");
        assertThat(article.get("id").isNull()).isTrue();
        assertThat(result.err()).isEmpty();
        assertThat(temp.resolve("data")).as("extract stores nothing").doesNotExist();
    }

    /** The first instant of the month eleven months back, as "11 months ago" means at month precision. */
    private static String elevenMonthsAgo() {
        return YearMonth.now(ZoneOffset.UTC).minusMonths(11).atDay(1).atStartOfDay().toInstant(ZoneOffset.UTC).toString();
    }

    @Test
    void anArticlePageGivesItsMetadataAndText() {
        Path page = Fixtures.demoPage("harbour-times-port-strike-ends.html", temp);

        JsonNode article = Cli.run("extract", page.toString(), "--url",
                "https://harbourtimes.example/news/2026/11/18/port-carrow-strike-ends-pay-deal", "--json")
                .succeeded().json();

        assertThat(article.get("title").asText())
                .isEqualTo("Port Carrow strike ends after dockers and operator agree two-year pay deal");
        assertThat(article.get("dek").asText()).startsWith("Work on the container terminals resumes on Thursday");
        assertThat(article.get("authors")).extracting(JsonNode::asText).containsExactly("Daniel Amadi");
        assertThat(article.get("published").asText()).isEqualTo("2026-11-18T10:20:00Z");
        assertThat(article.get("published_precision").asText()).isEqualTo("second");
        assertThat(article.get("source").get("name").asText()).isEqualTo("The Harbour Times");
        assertThat(article.get("canonical_url").asText())
                .isEqualTo("https://harbourtimes.example/news/2026/11/18/port-carrow-strike-ends-pay-deal");
        assertThat(article.get("teaser").asBoolean()).isFalse();
        assertThat(article.get("text").asText()).contains("Port Carrow").doesNotContain("<p>");
        assertThat(Instant.parse(article.get("modified").asText())).isAfter(Instant.parse(article.get("published").asText()));
    }

    @Test
    void theUrlIdentifiesAPageWithoutCanonicalLinkAndResolvesItsRelativeLinks() {
        Path page = Fixtures.resource("relative-links.html", temp);
        String url = "https://coastal-notes.example/ferries/night-ferries-return";

        JsonNode article = Cli.run("extract", page.toString(), "--url", url, "--json").succeeded().json();

        assertThat(article.get("title").asText()).isEqualTo("Night ferries return to the northern route");
        assertThat(article.get("link").asText()).isEqualTo(url);
        assertThat(article.get("guid").asText()).isEqualTo(url);
        assertThat(article.get("content").asText())
                .contains("href=\"https://coastal-notes.example/ferries/timetable\"")
                .contains("src=\"https://coastal-notes.example/ferries/images/cabin.jpg\"")
                .doesNotContain("Coastal Notes, written for");
    }

    @Test
    void printsHeadlineStandfirstAndTextWithoutJson() {
        Cli.Result result = Cli.run("extract", Fixtures.teaser().toString()).succeeded();

        assertThat(result.out())
                .startsWith("Russian and North Korean defense chiefs hold historic talks" + System.lineSeparator()
                        + System.lineSeparator() + "Sergey Shoigu has said")
                .contains("Russian Defense Minister Sergey Shoigu")
                .doesNotContain("Read Entire Article");
    }

    @Test
    void aFeedIsNotAnArticleAndTheMessageSaysWhatToUseInstead() {
        Cli.Result result = Cli.run("extract", Fixtures.miniflux("small_atom.xml").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("newsdesk: not an HTML page or text").contains("newsdesk parse")
                .doesNotContain("Exception").hasLineCount(1);
    }

    private static final List<String> ARTICLE_FIELDS = List.of("title", "dek", "byline", "published", "modified",
            "language", "lead_image", "canonical_url", "site_name", "text", "html", "is_article");

    private static final String STORM_PAGE = "<!DOCTYPE html><html lang=en><head><title>Storm hits the coast</title>"
            + "<meta property=og:type content=article><meta name=author content='Ada Byline'></head><body><article>"
            + "<h1>Storm hits the coast</h1><p>The storm reached the coast on Friday night, flooding the harbour road,"
            + " closing the ferry terminal and cutting power to several hundred homes, the council said.</p><p>Rescue"
            + " teams worked through the night, and the harbour master said the sea wall had held, though barely,"
            + " against the highest tide recorded in the town since the records began in 1910.</p></article></body></html>";

    @Test
    void aPageAtAnAddressIsFetchedAndExtracted() throws IOException {
        try (FeedSite site = FeedSite.start()) {
            site.put("/news/storm", "text/html; charset=utf-8", STORM_PAGE.getBytes(StandardCharsets.UTF_8));

            JsonNode article = Cli.run("--allow-private-networks", "extract", site.url("/news/storm"), "--json")
                    .succeeded().json();

            assertThat(article.get("title").asText()).isEqualTo("Storm hits the coast");
            assertThat(article.get("byline")).extracting(JsonNode::asText).containsExactly("Ada Byline");
            assertThat(article.get("language").asText()).isEqualTo("en");
            assertThat(article.get("is_article").asBoolean()).isTrue();
            assertThat(article.get("text").asText()).startsWith("The storm reached the coast");
            assertThat(article.get("link").asText()).isEqualTo(site.url("/news/storm"));
            assertThat(article.fieldNames()).toIterable().containsAll(ARTICLE_FIELDS);
        }
    }

    @Test
    void anAddressOnThisMachineIsRefusedUnlessPrivateNetworksAreAllowed() throws IOException {
        try (FeedSite site = FeedSite.start()) {
            site.put("/news/storm", "text/html", STORM_PAGE.getBytes(StandardCharsets.UTF_8));

            Cli.Result result = Cli.run("extract", site.url("/news/storm"), "--json");

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).startsWith("newsdesk: could not fetch").contains("--allow-private-networks")
                    .hasLineCount(1);
        }
    }

    @Test
    void jsonLinesGiveOneObjectPerFileInOrderAndAFailureNeverStopsTheBatch() throws IOException {
        Path plain = Fixtures.write(temp, "storm.html", STORM_PAGE);
        Path compressed = temp.resolve("storm.html.gz");
        Files.write(compressed, gzip(STORM_PAGE.getBytes(StandardCharsets.UTF_8)));
        Path feed = Fixtures.miniflux("small_atom.xml");
        Path missing = temp.resolve("missing.html");

        Cli.Result result = Cli.run("extract", "--jsonl", plain.toString(), feed.toString(), missing.toString(),
                compressed.toString());

        List<JsonNode> lines = new ArrayList<>();
        for (String line : result.out().split("\\R")) {
            lines.add(Json.mapper().readTree(line));
        }
        assertThat(lines).extracting(line -> line.get("file").asText())
                .containsExactly(plain.toString(), feed.toString(), missing.toString(), compressed.toString());
        assertThat(lines.get(0).get("title").asText()).isEqualTo("Storm hits the coast");
        assertThat(lines.get(0).fieldNames()).toIterable().containsAll(ARTICLE_FIELDS).doesNotContain("error");
        assertThat(lines.get(1).get("error").asText()).contains("newsdesk parse");
        assertThat(lines.get(2).get("error").asText()).contains("no such file");
        assertThat(lines.get(3).get("text").asText()).isEqualTo(lines.get(0).get("text").asText());
        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("newsdesk: 2 of 4 files could not be extracted");
    }

    @Test
    void severalPagesNeedJsonLines() {
        Cli.Result result = Cli.run("extract", "a.html", "b.html");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("--jsonl");
    }

    private static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(content);
        }
        return out.toByteArray();
    }
}
