package io.newsdesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.domain.FeedFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * feedparser's test feeds. Every file must parse or be refused with a {@link FeedParseException};
 * a sample of the expectations that map onto Newsdesk's model is checked here (the full
 * conformance run is separate).
 */
class FeedparserCorpusTest {

    private static final String TESTS = "feedparser/tests/";

    @Test
    void nothingButFeedParseExceptionEscapesOnAnyWellFormedOrIllFormedFile() throws Exception {
        List<Path> files = Stream.concat(
                SharedCorpus.filesUnder(TESTS + "wellformed").stream(),
                SharedCorpus.filesUnder(TESTS + "illformed").stream()).toList();
        List<String> escaped = new ArrayList<>();
        int withContent = 0;
        for (Path file : files) {
            try {
                FeedDocument feed = FeedParser.parse(Files.readAllBytes(file), null, "http://example.com/feed");
                if (!feed.entries().isEmpty() || feed.title() != null) {
                    withContent++;
                }
            } catch (FeedParseException refused) {
                assertThat(refused.getMessage()).isNotBlank();
            } catch (Throwable e) {
                escaped.add(file + ": " + e);
            }
        }

        assertThat(files).hasSizeGreaterThan(1700);
        assertThat(escaped).isEmpty();
        assertThat(withContent).as("files read to a title or an entry").isGreaterThan(files.size() * 7 / 10);
    }

    private static FeedDocument parse(String file) throws FeedParseException {
        return FeedParser.parse(SharedCorpus.bytes(TESTS + "wellformed/" + file), null, null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rss/channel_title.xml              | Example feed
            rss/channel_title_apos.xml         | Mark's title
            rss/channel_title_gt.xml           | 2 > 1
            rss/channel_title_lt.xml           | 1 < 2
            rdf/rdf_channel_title.xml          | Example feed
            rdf/rss090_channel_title.xml       | Example title
            atom10/feed_title.xml              | Example Atom
            atom/feed_title.xml                | Example Atom
            itunes/itunes_core_element_uppercase.xml | Example title
            """)
    void feedTitles(String file, String title) throws Exception {
        FeedDocument feed = parse(file);

        assertThat(feed.title()).isEqualTo(title);
        assertThat(feed.problems()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            rss/item_guid_isPermaLink_map_link.xml  | http://guid.example.com/
            rss/item_guid_map_link.xml              | http://guid.example.com/
            rss/item_link.xml                       | http://example.com/
            rdf/rdf_item_link.xml                   | http://example.com/1
            atom10/entry_link_href.xml              | http://www.example.com/
            """)
    void entryLinks(String file, String link) throws Exception {
        assertThat(parse(file).entries().get(0).link()).isEqualTo(link);
    }

    @Test
    void guidsAndIds() throws Exception {
        assertThat(parse("rss/item_guid.xml").entries().get(0).guid()).isEqualTo("http://guid.example.com/");
        assertThat(parse("rdf/rdf_item_rdf_about.xml").entries().get(0).guid()).isEqualTo("http://example.org/1");
        assertThat(parse("rss/entity_in_doctype.xml").entries().get(0).guid()).isEqualTo("tag:example.com,2006-05-04:/blog/");
    }

    @Test
    void languagesFromElementsAndXmlLang() throws Exception {
        assertThat(parse("lang/channel_language.xml").language()).isEqualTo("en-US");
        assertThat(parse("lang/channel_dc_language.xml").language()).isEqualTo("en");
        Entry underscore = parse("lang/entry_content_xml_lang_underscore.xml").entries().get(0);
        assertThat(underscore.language()).isEqualTo("en-US");
        Entry inherited = parse("lang/entry_title_xml_lang_inherit_2.xml").entries().get(0);
        assertThat(inherited.language()).as("the entry's, not its title's").isEqualTo("fr");
    }

    @Test
    void xmlBaseInFeedparsersTests() throws Exception {
        Entry entry = parse("base/entry_content_xml_base_inherit_3.xml").entries().get(0);
        assertThat(entry.content()).contains("href=\"http://example.com/test/test.html\"");
        assertThat(parse("base/feed_link_xml_base_iri.xml").selfUrl()).isEqualTo("http://www.詹姆斯.com/feed");
    }

    @Test
    void versionsAndTtl() throws Exception {
        assertThat(parse("rss/rss_version_091_netscape.xml").format()).isEqualTo(FeedFormat.RSS09X);
        assertThat(parse("rss/rss_version_201.xml").format()).isEqualTo(FeedFormat.RSS20);
        assertThat(parse("rdf/rss_version_10.xml").format()).isEqualTo(FeedFormat.RSS10);
        assertThat(parse("rss/channel_ttl.xml").ttl()).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void doctypesWithEntityDeclarationsAreWellFormed() throws Exception {
        assertThat(parse("rdf/doctype_contains_entity_decl.xml").problems()).isEmpty();
    }
}
