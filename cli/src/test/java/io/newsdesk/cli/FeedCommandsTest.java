package io.newsdesk.cli;

import static io.newsdesk.cli.ImportCommandTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedCommandsTest {

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

    private Path data() {
        return temp.resolve("data");
    }

    private long add(String path, String... options) {
        String[] args = new String[options.length + 4];
        args[0] = "feed";
        args[1] = "add";
        args[2] = site.url(path);
        System.arraycopy(options, 0, args, 3, options.length);
        args[args.length - 1] = "--json";
        return Cli.on(data(), args).succeeded().json().get("id").asLong();
    }

    private JsonNode feeds() {
        return Cli.on(data(), "feed", "list", "--json").succeeded().json();
    }

    @Test
    void addSubscribesFetchesAndIndexesTheFeed() {
        Cli.Result result = Cli.on(data(), "feed", "add", site.url(FeedSite.RSS), "--category", "Blogs").succeeded();

        assertThat(result.out()).isEqualTo(lines("Added feed 1: Artificial truth (25 entries)"));
        JsonNode feed = feeds().get("feeds").get(0);
        assertThat(feed.get("url").asText()).isEqualTo(site.url(FeedSite.RSS));
        assertThat(feed.get("category").asText()).isEqualTo("Blogs");
        assertThat(feed.get("format").asText()).isEqualTo("rss20");
        assertThat(feed.get("total").asInt()).isEqualTo(FeedSite.RSS_ENTRIES);
        assertThat(feed.get("status").get("state").asText()).isEqualTo("ok");
        assertThat(Cli.on(data(), "search", "vale", "--json").json().get("total").asInt()).isEqualTo(1);
    }

    @Test
    void listShowsATableOfFeedsWithTheirStatus() {
        add(FeedSite.RSS);
        add(FeedSite.ATOM);

        String table = Cli.on(data(), "feed", "list").succeeded().out();

        assertThat(table.lines().toList()).hasSize(3);
        assertThat(table.lines().findFirst()).hasValueSatisfying(header ->
                assertThat(header.split("\\s+")).containsExactly("ID", "TITLE", "UNREAD", "TOTAL", "STATUS", "URL"));
        assertThat(table).containsPattern("1 +Artificial truth +25 +25 +ok +" + site.url(FeedSite.RSS))
                .containsPattern("2 +Recent Commits to v2:main +20 +20 +ok +" + site.url(FeedSite.ATOM));
    }

    @Test
    void listWithoutFeedsSaysHowToAddOne() {
        Cli.Result result = Cli.on(data(), "feed", "list").succeeded();

        assertThat(result.out()).contains("No feeds yet").contains("newsdesk feed add URL");
        assertThat(Cli.on(data(), "feed", "list", "--json").json().get("total").asInt()).isZero();
    }

    @Test
    void refreshChecksOneFeedOrAllAndSummarizes() {
        long rss = add(FeedSite.RSS);
        add(FeedSite.ATOM);

        assertThat(Cli.on(data(), "feed", "refresh", String.valueOf(rss)).succeeded().out())
                .isEqualTo(lines("Checked 1 feed: 0 new, 0 updated entries, 0 failed."));
        JsonNode all = Cli.on(data(), "feed", "refresh", "--json").succeeded().json();
        assertThat(all).hasSize(2);
        assertThat(all).allSatisfy(outcome -> assertThat(outcome.get("status").asText()).isEqualTo("updated"));
    }

    @Test
    void refreshReportsAFeedThatStoppedWorkingAndKeepsItsEntries() {
        long rss = add(FeedSite.RSS);
        add(FeedSite.ATOM);
        site.put(FeedSite.ATOM, "application/atom+xml", "gone wrong".getBytes(StandardCharsets.UTF_8));

        Cli.Result result = Cli.on(data(), "feed", "refresh");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).contains("Feed 2 failed: ")
                .endsWith(lines("Checked 2 feeds: 0 new, 0 updated entries, 1 failed."));
        JsonNode feeds = feeds().get("feeds");
        assertThat(feeds).extracting(f -> f.get("total").asInt()).containsExactlyInAnyOrder(25, 20);
        assertThat(feeds).filteredOn(f -> f.get("id").asLong() != rss)
                .singleElement().satisfies(f -> {
                    assertThat(f.get("status").get("state").asText()).isEqualTo("failing");
                    assertThat(f.get("status").get("error_count").asInt()).isEqualTo(1);
                });
    }

    @Test
    void removeUnsubscribesAndTakesTheEntriesOutOfSearch() {
        long rss = add(FeedSite.RSS);
        add(FeedSite.ATOM);

        assertThat(Cli.on(data(), "feed", "remove", String.valueOf(rss)).succeeded().out())
                .isEqualTo(lines("Removed feed " + rss + "."));

        assertThat(feeds().get("feeds")).extracting(f -> f.get("title").asText())
                .containsExactly("Recent Commits to v2:main");
        assertThat(Cli.on(data(), "search", "vale", "--json").json().get("total").asInt()).isZero();
    }

    @Test
    void removingAnUnknownFeedIsAClearError() {
        Cli.Result result = Cli.on(data(), "feed", "remove", "42");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo(lines("newsdesk: no feed 42"));
    }

    @Test
    void anUnreachableFeedIsOneLineAndNothingStoredIsLost() {
        add(FeedSite.RSS);
        String unreachable = "http://127.0.0.1:1/feed.xml";

        Cli.Result result = Cli.on(data(), "feed", "add", unreachable);

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("newsdesk: could not fetch " + unreachable + ": ").hasLineCount(1)
                .doesNotContain("Exception");
        assertThat(feeds().get("feeds")).extracting(f -> f.get("total").asInt()).containsExactly(25);
    }

    @Test
    void aMissingFeedOrAPageWithoutFeedIsRefusedWithTheReason() {
        Cli.Result notFound = Cli.on(data(), "feed", "add", site.url("/feeds/none.xml"));
        Cli.Result page = Cli.on(data(), "feed", "add", site.url(FeedSite.PAGE));

        assertThat(notFound.exitCode()).isEqualTo(1);
        assertThat(notFound.err()).startsWith("newsdesk: could not fetch " + site.url("/feeds/none.xml"))
                .contains("404").hasLineCount(1);
        assertThat(page.exitCode()).isEqualTo(1);
        assertThat(page.err()).startsWith("newsdesk: no feed found at " + site.url(FeedSite.PAGE)).hasLineCount(1);
        assertThat(feeds().get("total").asInt()).isZero();
    }

    @Test
    void anUnparseableFeedIsRefusedWithTheReason() {
        Cli.Result result = Cli.on(data(), "feed", "add", site.url(FeedSite.BROKEN_FEED));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).startsWith("newsdesk: not a feed at " + site.url(FeedSite.BROKEN_FEED) + ": ")
                .hasLineCount(1);
    }

    @Test
    void subscribingTwiceIsRefused() {
        long rss = add(FeedSite.RSS);

        Cli.Result again = Cli.on(data(), "feed", "add", site.url(FeedSite.RSS));

        assertThat(again.exitCode()).isEqualTo(1);
        assertThat(again.err()).isEqualTo(lines(
                "newsdesk: already subscribed to " + site.url(FeedSite.RSS) + " (feed " + rss + ")"));
    }

    @Test
    void privateAddressesAreRefusedUnlessAllowed() {
        Cli.Result result = Cli.run("--data", data().toString(), "feed", "add", site.url(FeedSite.RSS));

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("private networks are not allowed").hasLineCount(1);
        assertThat(Cli.run("--data", data().toString(), "feed", "add", site.url(FeedSite.RSS),
                "--allow-private-networks").exitCode()).isZero();
    }
}
