package io.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ParseCommandTest {

    /** The fields the issue promises on every entry. */
    static final String[] ENTRY_FIELDS = {
        "id", "guid", "title", "link", "published", "updated", "authors", "summary", "content", "dek",
        "categories", "enclosures", "source", "teaser", "count", "published_precision"
    };

    @TempDir
    Path temp;

    static Stream<Arguments> feeds() {
        return Stream.of(
                Arguments.of(Fixtures.rome("rss_2.0.xml"), "rss20", "rss_2.0.channel.title", 2,
                        "rss_2.0.channel.item[0].title"),
                Arguments.of(Fixtures.rome("rss_1.0.xml"), "rss10", "rss_1.0.channel.title", 2,
                        "rss_1.0.item[0].title"),
                Arguments.of(Fixtures.rome("rss_0.91U.xml"), "rss09x", "rss_0.91U.channel.title", 2,
                        "rss_0.91U.channel.item[0].title"),
                Arguments.of(Fixtures.rome("atom_1.0.xml"), "atom10", "atom_1.0.feed.title", 2,
                        "atom_1.0.feed.entry[0].title"),
                Arguments.of(Fixtures.rome("atom_0.3.xml"), "atom03", "atom_0.3.feed.title", 2,
                        "atom_0.3.feed.entry[0].title"),
                Arguments.of(Fixtures.miniflux("large_rss.xml"), "rss20", "Artificial truth", 25, "Using vale with vim"),
                Arguments.of(Fixtures.miniflux("small_atom.xml"), "atom10", "Recent Commits to v2:main", 20,
                        "Parse podcast categories"),
                Arguments.of(Fixtures.miniflux("rdf_UTF8.xml"), "rss09x", "heise online News", 60,
                        "OLED-TVs: Vorsichtsmaßnahmen gegen Einbrennen"),
                Arguments.of(Fixtures.jsonFeed("v1", "podcast.json"), "jsonfeed10", "The Record", 1,
                        "Special #1 - Chris Parrish"),
                Arguments.of(Fixtures.jsonFeed("v1.1", "podcast.json"), "jsonfeed11", "The Record", 1,
                        "Special #1 - Chris Parrish"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @MethodSource("feeds")
    void printsTheFeedShapeAndStoresNothing(Path file, String format, String title, int entries, String firstTitle) {
        Path data = temp.resolve("data");

        Cli.Result result = Cli.on(data, "parse", file.toString(), "--json").succeeded();

        JsonNode feed = result.json();
        assertThat(feed.get("format").asText()).isEqualTo(format);
        assertThat(feed.get("title").asText()).isEqualTo(title);
        assertThat(feed.has("link")).isTrue();
        assertThat(feed.has("language")).isTrue();
        assertThat(feed.get("entries")).hasSize(entries);
        assertThat(feed.get("entries").get(0).get("title").asText()).isEqualTo(firstTitle);
        for (JsonNode entry : feed.get("entries")) {
            assertThat(entry.fieldNames()).toIterable().contains(ENTRY_FIELDS);
            assertThat(entry.get("id").isNull()).as("an entry that is not stored has no id").isTrue();
            assertThat(entry.get("authors").isArray()).isTrue();
            assertThat(entry.get("teaser").isBoolean()).isTrue();
        }
        assertThat(result.err()).isEmpty();
        assertThat(data).doesNotExist();
    }

    @Test
    void printsTimesAsIsoUtcAndEnclosuresWithTheirFields() {
        JsonNode entry = Cli.run("parse", Fixtures.jsonFeed("v1.1", "podcast.json").toString(), "--json")
                .succeeded().json().get("entries").get(0);

        assertThat(entry.get("published").asText()).isEqualTo("2014-05-09T21:04:00Z");
        assertThat(entry.get("published_precision").asText()).isEqualTo("second");
        JsonNode enclosure = entry.get("enclosures").get(0);
        assertThat(enclosure.get("url").asText()).endsWith(".m4a");
        assertThat(enclosure.get("type").asText()).isEqualTo("audio/x-m4a");
        assertThat(enclosure.get("length").asLong()).isEqualTo(89_970_236L);
    }

    @Test
    void printsASummaryWithoutJson() {
        Cli.Result result = Cli.run("parse", Fixtures.rome("rss_2.0.xml").toString()).succeeded();

        assertThat(result.out()).startsWith("rss_2.0.channel.title (rss20), 2 entries")
                .contains("- rss_2.0.channel.item[0].title  (2001-01-01T00:00:00Z)");
    }

    @Test
    void aDocumentThatIsNotAFeedIsOneLineOnStandardError() {
        Path text = Fixtures.write(temp, "notes.xml", "Only a sentence, no feed.");

        Cli.Result result = Cli.run("parse", text.toString(), "--json");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("newsdesk: not a feed: this is plain text" + System.lineSeparator());
    }

    @Test
    void aMissingFileIsOneLineOnStandardError() {
        Path missing = temp.resolve("missing.xml");

        Cli.Result result = Cli.run("parse", missing.toString());

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).isEqualTo("newsdesk: no such file: " + missing + System.lineSeparator());
    }

    @Test
    void aFeedWithAnUnreadableTailIsRecoveredAndItsProblemsShown() {
        Path cut = Fixtures.write(temp, "cut.xml", """
                <rss version="2.0"><channel><title>Cut off</title>
                <item><title>First</title><link>https://example.org/1</link></item>
                <item><title>Second""");

        Cli.Result result = Cli.run("parse", cut.toString(), "--json").succeeded();

        JsonNode feed = result.json();
        assertThat(feed.get("ill_formed").asBoolean()).isTrue();
        assertThat(feed.get("problems")).isNotEmpty();
        assertThat(feed.get("entries").get(0).get("title").asText()).isEqualTo("First");
        assertThat(Files.exists(temp.resolve("data"))).isFalse();
    }
}
