package io.newsdesk.cli;

import static io.newsdesk.cli.ImportCommandTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpmlCommandsTest {

    @TempDir
    Path temp;

    private FeedSite site;

    @BeforeEach
    void startSite() throws IOException {
        site = FeedSite.start();
    }

    @AfterEach
    void stopSite() {
        site.close();
    }

    private Path subscriptions() {
        return Fixtures.write(temp, "subscriptions.opml", """
                <?xml version="1.0" encoding="UTF-8"?>
                <opml version="2.0">
                  <head><title>Reading list</title></head>
                  <body>
                    <outline text="Blogs">
                      <outline type="rss" text="Artificial truth" xmlUrl="%s"/>
                    </outline>
                    <outline text="Code">
                      <outline type="rss" text="Commits" xmlUrl="%s"/>
                      <outline type="rss" text="Gone" xmlUrl="%s"/>
                    </outline>
                    <outline type="rss" text="Not a web address" xmlUrl="ftp://files.example/feed"/>
                  </body>
                </opml>
                """.formatted(site.url(FeedSite.RSS), site.url(FeedSite.ATOM), site.url("/feeds/gone.xml")));
    }

    @Test
    void importSubscribesChecksAndSummarizes() {
        Path data = temp.resolve("data");

        Cli.Result result = Cli.on(data, "opml", "import", subscriptions().toString()).succeeded();

        assertThat(result.out())
                .contains("Skipped ftp://files.example/feed: ")
                .containsPattern("Feed \\d \\(" + site.url("/feeds/gone.xml") + "\\) failed its first check: ")
                .endsWith(lines("Subscribed to 3 new feeds (0 already subscribed, 1 skipped, 1 failing)."));
        JsonNode feeds = Cli.on(data, "feed", "list", "--json").succeeded().json().get("feeds");
        assertThat(feeds).extracting(f -> f.get("category").asText() + "/" + f.get("total").asInt())
                .containsExactlyInAnyOrder("Blogs/25", "Code/20", "Code/0");
        assertThat(Cli.on(data, "search", "vale", "--json").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void importingTheSameListAgainAddsNothing() {
        Path data = temp.resolve("data");
        Cli.on(data, "opml", "import", subscriptions().toString()).succeeded();

        JsonNode again = Cli.on(data, "opml", "import", subscriptions().toString(), "--json").succeeded().json();

        assertThat(again.get("subscribed").asInt()).isZero();
        assertThat(again.get("already_subscribed").asInt()).isEqualTo(3);
        assertThat(again.get("rejected")).hasSize(1);
        assertThat(again.get("checks")).isEmpty();
    }

    @Test
    void exportThenImportElsewhereGivesTheSameSubscriptions() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        Cli.on(first, "feed", "add", site.url(FeedSite.RSS), "--category", "Blogs").succeeded();
        Cli.on(first, "feed", "add", site.url(FeedSite.ATOM)).succeeded();
        Cli.on(first, "import", Fixtures.teaser().toString()).succeeded();

        String exported = Cli.on(first, "opml", "export").succeeded().out();
        Path file = Fixtures.write(temp, "exported.opml", exported);
        Cli.on(second, "opml", "import", file.toString()).succeeded();

        assertThat(exported).startsWith("<?xml").contains("<opml version=\"2.0\"")
                .doesNotContain("local:").as("imported articles are no subscription");
        assertThat(subscriptionsOf(second)).isEqualTo(subscriptionsOf(first).stream()
                .filter(feed -> !feed.startsWith("local:")).toList());
    }

    private static List<String> subscriptionsOf(Path data) {
        JsonNode feeds = Cli.on(data, "feed", "list", "--json").succeeded().json().get("feeds");
        List<String> described = new ArrayList<>();
        for (JsonNode feed : feeds) {
            described.add(feed.get("url").asText() + " | " + feed.get("title").asText() + " | "
                    + feed.get("category").asText() + " | " + feed.get("total").asInt());
        }
        return described;
    }

    @Test
    void exportWritesToAFileWhenAsked() throws IOException {
        Path data = temp.resolve("data");
        Cli.on(data, "feed", "add", site.url(FeedSite.ATOM)).succeeded();
        Path file = temp.resolve("out.opml");

        Cli.Result result = Cli.on(data, "opml", "export", "-o", file.toString()).succeeded();

        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo(lines("Wrote " + file));
        assertThat(Files.readString(file)).contains("xmlUrl=\"" + site.url(FeedSite.ATOM) + "\"");
    }

    @Test
    void invalidOpmlIsOneLineAndNothingStoredIsLost() {
        Path data = temp.resolve("data");
        Cli.on(data, "feed", "add", site.url(FeedSite.ATOM)).succeeded();
        Path invalid = Fixtures.write(temp, "broken.opml", "<opml version=\"2.0\"><body><outline text=\"x\"");

        Cli.Result result = Cli.on(data, "opml", "import", invalid.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("newsdesk: invalid OPML: ").hasLineCount(1);
        assertThat(Cli.on(data, "feed", "list", "--json").json().get("feeds"))
                .extracting(f -> f.get("total").asInt()).containsExactly(20);
    }

    @Test
    void aMissingOpmlFileLeavesNoDataFolderBehind() {
        Path data = temp.resolve("data");
        Path missing = temp.resolve("nowhere.opml");

        Cli.Result result = Cli.on(data, "opml", "import", missing.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo(lines("newsdesk: no such file: " + missing));
        assertThat(data).doesNotExist();
    }
}
