package io.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {

    @TempDir
    Path temp;

    private Path data() {
        return temp.resolve("data");
    }

    @Test
    void importsTeaserTextAsAStoredEntry() {
        JsonNode files = Cli.on(data(), "import", Fixtures.teaser().toString(), "--json").succeeded().json();

        assertThat(files).hasSize(1);
        JsonNode file = files.get(0);
        assertThat(file.get("file").asText()).isEqualTo("aggregator-teaser.txt");
        assertThat(file.get("kind").asText()).isEqualTo("text");
        assertThat(file.get("inserted").asInt()).isEqualTo(1);
        assertThat(file.get("error").isNull()).isTrue();
        JsonNode entry = file.get("entries").get(0);
        assertThat(entry.get("id").asLong()).isPositive();
        assertThat(entry.fieldNames()).toIterable().contains(ParseCommandTest.ENTRY_FIELDS);
        assertThat(entry.get("title").asText()).isEqualTo("Russian and North Korean defense chiefs hold historic talks");
        assertThat(entry.get("count").asInt()).isEqualTo(28);
        assertThat(entry.get("teaser").asBoolean()).isTrue();
        assertThat(entry.get("published_precision").asText()).isEqualTo("month");
        assertThat(entry.get("feed_title").asText()).isEqualTo("Imported articles");
    }

    @Test
    void importsAnArticlePageAndAFeedDocumentAndSummarizes() {
        Path page = Fixtures.demoPage("harbour-times-port-strike-ends.html", temp);
        Path feed = Fixtures.miniflux("small_atom.xml");

        Cli.Result result = Cli.on(data(), "import", page.toString(), feed.toString()).succeeded();

        assertThat(result.out()).isEqualTo(lines(
                "harbour-times-port-strike-ends.html: 1 entry (1 new, 0 updated)",
                "small_atom.xml: 20 entries (20 new, 0 updated)",
                "Imported 2 files: 21 new, 0 updated entries, 0 failed."));
        JsonNode feeds = Cli.on(data(), "feed", "list", "--json").succeeded().json();
        assertThat(feeds.get("feeds")).extracting(f -> f.get("title").asText() + "=" + f.get("total").asInt())
                .containsExactlyInAnyOrder("Imported articles=1", "Recent Commits to v2:main=20");
    }

    @Test
    void importingAgainUpdatesNothingAndDuplicatesNothing() {
        Cli.on(data(), "import", Fixtures.miniflux("small_atom.xml").toString()).succeeded();

        Cli.Result again = Cli.on(data(), "import", Fixtures.miniflux("small_atom.xml").toString()).succeeded();

        assertThat(again.out()).endsWith(lines("Imported 1 file: 0 new, 0 updated entries, 0 failed."));
        assertThat(Cli.on(data(), "feed", "list", "--json").json().get("feeds").get(0).get("total").asInt()).isEqualTo(20);
    }

    @Test
    void badFilesAreReportedOneLineEachWhileGoodOnesAreStored() {
        Path missing = temp.resolve("missing.txt");
        Path opml = Fixtures.write(temp, "subscriptions.opml", """
                <?xml version="1.0"?><opml version="2.0"><head><title>Mine</title></head>
                <body><outline text="A" type="rss" xmlUrl="https://a.example/feed"/></body></opml>""");
        Path binary = Fixtures.write(temp, "photo.jpg", "\u0000\u0001\u0002\u0003binary");

        Cli.Result result = Cli.on(data(), "import", Fixtures.teaser().toString(), missing.toString(), opml.toString(),
                binary.toString(), Fixtures.miniflux("small_atom.xml").toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err().lines()).containsExactly(
                "newsdesk: missing.txt: no such file: " + missing,
                "newsdesk: subscriptions.opml: subscriptions.opml is an OPML subscription list: import it with `newsdesk opml import`",
                "newsdesk: photo.jpg: photo.jpg is neither a feed, an HTML page nor text");
        assertThat(result.out()).endsWith(lines("Imported 2 files: 21 new, 0 updated entries, 3 failed."));
        assertThat(Cli.on(data(), "search", "Shoigu", "--json").json().get("total").asInt()).isEqualTo(1);
        assertThat(Cli.on(data(), "search", "podcast", "--json").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void jsonReportsFailedFilesWithTheirErrorAndNoEntries() {
        Path missing = temp.resolve("gone.html");

        Cli.Result result = Cli.on(data(), "import", missing.toString(), Fixtures.teaser().toString(), "--json");

        assertThat(result.exitCode()).isEqualTo(1);
        JsonNode files = result.json();
        assertThat(files.get(0).get("error").asText()).isEqualTo("no such file: " + missing);
        assertThat(files.get(0).get("entries")).isEmpty();
        assertThat(files.get(1).get("entries")).hasSize(1);
        assertThat(result.err()).isEqualTo(lines("newsdesk: gone.html: no such file: " + missing));
    }

    @Test
    void aFileIsRequired() {
        Cli.Result result = Cli.on(data(), "import");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Missing required parameter").contains("Usage: newsdesk import");
        assertThat(data()).doesNotExist();
    }

    static String lines(String... lines) {
        return String.join(System.lineSeparator(), lines) + System.lineSeparator();
    }
}
