package io.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Writing commands on the data folder of a running server. The server runs in this JVM; a command
 * opens a Newsdesk of its own, which the search index's lock treats like another process (it
 * cannot take the index), and one test runs a command in a real second process.
 */
class CommandsNextToARunningServerTest {

    @TempDir
    Path temp;

    private Path data;
    private FeedSite site;
    private RunningServer server;

    @BeforeEach
    void start() throws IOException {
        data = temp.resolve("data");
        site = FeedSite.start();
        server = RunningServer.start(data);
    }

    @AfterEach
    void stop() {
        server.close();
        site.close();
    }

    private static long total(JsonNode answer) {
        return answer.get("total").asLong();
    }

    @Test
    void theServerSeesAndIndexesWhatCommandsStoreAndRemove() throws InterruptedException {
        Cli.Result imported = Cli.on(data, "import", Fixtures.teaser().toString());
        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.err()).isEmpty();
        assertThat(total(server.awaitSearch("Shoigu", answer -> total(answer) == 1))).isEqualTo(1);

        Cli.Result added = Cli.on(data, "feed", "add", site.url(FeedSite.RSS), "--json");
        assertThat(added.exitCode()).as(added.toString()).isZero();
        long feedId = added.json().get("id").asLong();
        assertThat(server.get("/api/v1/feeds").get("feeds")).extracting(feed -> feed.get("id").asLong())
                .contains(feedId);
        assertThat(total(server.awaitSearch("vale", answer -> total(answer) == 1))).isEqualTo(1);

        Cli.Result removed = Cli.on(data, "feed", "remove", String.valueOf(feedId));
        assertThat(removed.exitCode()).as(removed.toString()).isZero();
        assertThat(total(server.awaitSearch("vale", answer -> total(answer) == 0))).isZero();

        Cli.Result reindexed = Cli.on(data, "reindex");
        assertThat(reindexed.exitCode()).as(reindexed.toString()).isZero();
        assertThat(reindexed.err()).contains("A running server owns the search index");
        assertThat(reindexed.out()).startsWith("Rebuilt the search index: ");
        assertThat(total(server.search("Shoigu"))).as("the rebuilt index").isEqualTo(1);

        for (Cli.Result result : new Cli.Result[] {imported, added, removed, reindexed}) {
            assertThat(result.err()).doesNotContainIgnoringCase("lock").doesNotContain("Exception");
        }
    }

    @Test
    void searchNextToTheServerFindsWhatTheServerHasIndexed() throws InterruptedException {
        Cli.on(data, "import", Fixtures.miniflux("small_atom.xml").toString()).succeeded();
        server.awaitSearch("podcast", answer -> total(answer) == 1);

        Cli.Result result = Cli.on(data, "search", "podcast", "--json").succeeded();

        assertThat(total(result.json())).isEqualTo(1);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void aCommandInAnotherProcessImportsWhileTheServerRuns() throws InterruptedException, IOException {
        Path work = Files.createDirectories(temp.resolve("process"));

        // The data folder comes from the environment, as `NEWSDESK_DATA=... newsdesk import` would give it.
        Cli.Result result = JavaProcess.run(work, Map.of("NEWSDESK_DATA", data.toString()),
                "import", Fixtures.teaser().toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).endsWith("Imported 1 file: 1 new, 0 updated entries, 0 failed." + System.lineSeparator());
        assertThat(result.err()).as("a command prints no library noise").isEmpty();
        assertThat(total(server.awaitSearch("Shoigu", answer -> total(answer) == 1))).isEqualTo(1);
    }
}
