package io.newsdesk.cli;

import static io.newsdesk.cli.ImportCommandTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code feed add --full-text MODE} and {@code feed full-text ID [MODE]}. */
class FeedFullTextCommandTest {

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

    @Test
    void aFeedIsAddedWithItsFullTextMode() {
        JsonNode feed = Cli.on(data(), "feed", "add", site.url(FeedSite.RSS), "--full-text", "ON", "--json")
                .succeeded().json();

        assertThat(feed.at("/full_text/mode").asText()).isEqualTo("on");
        assertThat(feed.at("/full_text/fetching").asBoolean()).isTrue();
    }

    @Test
    void theSettingIsShownAndChanged() {
        Cli.on(data(), "feed", "add", site.url(FeedSite.RSS)).succeeded();

        assertThat(Cli.on(data(), "feed", "full-text", "1").succeeded().out()).isEqualTo(lines(
                "Feed 1 (Artificial truth): full text auto (not decided yet: Newsdesk looks at the feed's entries)"));
        assertThat(Cli.on(data(), "feed", "full-text", "1", "on").succeeded().out()).isEqualTo(lines(
                "Feed 1 (Artificial truth): full text on (the full article of every new entry is fetched)",
                "Pages are fetched in the background while `newsdesk serve` runs."));
        assertThat(Cli.on(data(), "feed", "full-text", "1", "off").succeeded().out())
                .isEqualTo(lines("Feed 1 (Artificial truth): full text off"));
        assertThat(Cli.on(data(), "feed", "full-text", "1", "--json").succeeded().json().at("/full_text/mode").asText())
                .isEqualTo("off");
    }

    @Test
    void aModeThatDoesNotExistIsRefusedAndChangesNothing() {
        Cli.Result added = Cli.on(data(), "feed", "add", site.url(FeedSite.RSS), "--full-text", "maybe");

        assertThat(added.exitCode()).isEqualTo(1);
        assertThat(added.err()).isEqualTo(lines("newsdesk: full text must be one of auto, on, off, not 'maybe'"));
        assertThat(Cli.on(data(), "feed", "list", "--json").succeeded().json().get("total").asInt()).isZero();

        Cli.on(data(), "feed", "add", site.url(FeedSite.RSS)).succeeded();
        Cli.Result set = Cli.on(data(), "feed", "full-text", "1", "sometimes");
        assertThat(set.exitCode()).isEqualTo(1);
        assertThat(set.err()).isEqualTo(lines("newsdesk: full text must be one of auto, on, off, not 'sometimes'"));
    }

    @Test
    void aFeedThatDoesNotExistSaysSo() {
        Cli.Result result = Cli.on(data(), "feed", "full-text", "42", "on");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo(lines("newsdesk: no feed 42"));
    }
}
