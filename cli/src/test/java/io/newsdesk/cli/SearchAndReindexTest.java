package io.newsdesk.cli;

import static io.newsdesk.cli.ImportCommandTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.NewsdeskConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchAndReindexTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    @BeforeEach
    void importSomething() {
        Cli.on(data, "import", Fixtures.teaser().toString(), Fixtures.miniflux("small_atom.xml").toString()).succeeded();
    }

    @Test
    void searchPrintsRankedResultsWithSourceAndSnippet() {
        Cli.Result result = Cli.on(data, "search", "Shoigu", "Pyongyang").succeeded();

        assertThat(result.out()).startsWith("1. Russian and North Korean defense chiefs hold historic talks")
                .contains("   Imported articles · ")
                .endsWith(lines("1 of 1 match."));
        assertThat(result.out()).doesNotContain("<mark>");
    }

    @Test
    void searchAsJsonGivesTotalAndEntriesWithHighlights() {
        JsonNode page = Cli.on(data, "search", "podcast", "--json").succeeded().json();

        assertThat(page.get("total").asInt()).isEqualTo(1);
        JsonNode result = page.get("results").get(0);
        assertThat(result.get("entry").get("title").asText()).isEqualTo("Parse podcast categories");
        assertThat(result.get("entry").fieldNames()).toIterable().contains(ParseCommandTest.ENTRY_FIELDS);
        assertThat(result.get("title_html").asText()).contains("<mark>podcast</mark>");
    }

    @Test
    void searchPagesAndSaysWhenNothingMatches() {
        JsonNode all = Cli.on(data, "search", "the", "--json", "--limit", "50").succeeded().json();
        JsonNode second = Cli.on(data, "search", "the", "--json", "--limit", "2", "--offset", "2").succeeded().json();

        assertThat(second.get("results")).hasSize(2);
        assertThat(second.get("results").get(0).get("entry").get("id"))
                .isEqualTo(all.get("results").get(2).get("entry").get("id"));
        assertThat(Cli.on(data, "search", "zyzzyvas").succeeded().out()).isEqualTo(lines("No matches."));
    }

    @Test
    void nextToAnotherIndexOwnerSearchSaysWhatIsNotIndexedYet() {
        // Holds the index like a server would, but indexes nothing: what the command stores stays pending.
        Newsdesk owner = Newsdesk.open(NewsdeskConfig.defaults(data));
        try {
            Cli.on(data, "import", Fixtures.demoPage("touchline-cup-final-report.html", files).toString()).succeeded();

            Cli.Result result = Cli.on(data, "search", "Shoigu").succeeded();

            assertThat(result.out()).startsWith("1. Russian and North Korean defense chiefs hold historic talks");
            assertThat(result.err()).isEqualTo(
                    lines("Note: the running server has not indexed 1 recent change yet; results may miss it."));
        } finally {
            owner.close();
        }
    }

    @Test
    void reindexRebuildsALostIndexFromTheDatabase() throws IOException {
        deleteRecursively(data.resolve("index"));

        Cli.Result result = Cli.on(data, "reindex").succeeded();

        assertThat(result.out()).isEqualTo(lines("Rebuilt the search index: 21 entries indexed."));
        assertThat(Cli.on(data, "search", "Shoigu", "--json").json().get("total").asInt()).isEqualTo(1);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
