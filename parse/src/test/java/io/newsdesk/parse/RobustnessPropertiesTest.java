package io.newsdesk.parse;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.FeedDocument;
import io.newsdesk.parse.opml.Opml;
import io.newsdesk.parse.opml.OpmlException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * No input makes the parsers throw anything but their checked exceptions. The parser turns its own
 * unexpected faults into an "internal error" {@link FeedParseException}; those count as failures
 * here, so the safety net does not hide bugs.
 */
class RobustnessPropertiesTest {

    private static final String INTERNAL_ERROR = "the feed could not be read because of an internal error";

    /** Seed documents, one per format and feature area, that the mutations start from. */
    private static final List<String> SEEDS = List.of(
            """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:media="http://search.yahoo.com/mrss/"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
              <channel><title>T &amp; T</title><link>/</link><atom:link rel="self" href="feed.xml"/><ttl>5</ttl>
                <image><url>logo.png</url></image>
                <item><title>A &lt;b&gt;b&lt;/b&gt;</title><link>a</link><guid>http://x/a</guid>
                  <description><![CDATA[<p>x <a href="y">y</a></p>]]></description><content:encoded>&lt;i&gt;c&lt;/i&gt;</content:encoded>
                  <pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate><dc:creator>me@x (Me)</dc:creator>
                  <enclosure url="a.mp3" type="audio/mpeg" length="12"/><media:group><media:content url="i.jpg" medium="image"/></media:group>
                  <source url="http://s/">S</source><category>c</category></item>
              </channel>
            </rss>""",
            """
            <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/a/" xml:lang="en">
              <title type="html">&lt;b&gt;T&lt;/b&gt;</title><link href="b/"/><icon>i.ico</icon><author><name>N</name></author>
              <entry xml:base="c/"><id>1</id><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">x <b>y</b></div></title>
                <link rel="enclosure" href="e.mp3" length="3"/><published>2004-01-01T00:00:00Z</published>
                <summary type="text">s</summary><content type="xhtml" xml:lang="fr"><div xmlns="http://www.w3.org/1999/xhtml"><p xml:base="/d/"><a href="e">e</a></p></div></content>
                <source><title>S</title><link href="http://s/"/></source><category term="t" label="L"/></entry>
            </feed>""",
            """
            <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title mode="base64">VGl0bGU=</title>
              <entry><issued>2004-01-01</issued><content type="text/html" mode="escaped">&lt;p&gt;x&lt;/p&gt;</content></entry></feed>""",
            """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="http://x/"><title>R</title><items><rdf:Seq><rdf:li resource="http://x/1"/></rdf:Seq></items></channel>
              <item rdf:about="http://x/1"><title>I</title><dc:date>2004-03</dc:date></item></rdf:RDF>""",
            """
            {"version": "https://jsonfeed.org/version/1.1", "title": "J", "home_page_url": "/",
             "authors": [{"name": "A"}], "items": [{"id": 1, "url": "/1", "content_text": "a\\n\\nb",
             "date_published": "2004-01-01T00:00:00Z", "tags": ["t"], "attachments": [{"url": "/a.mp3", "size_in_bytes": 3}]}]}""",
            """
            <!DOCTYPE rss [<!ENTITY e "entity">]><rss version="0.91"><channel><title>&e;&nbsp;&amp;</title>
            <item><title>x</title><description>unclosed <b>bold</description></item></channel></rss>""");

    @Property(tries = 1000)
    void mutatedDocumentsNeverEscapeAsRuntimeExceptions(@ForAll("mutatedDocuments") byte[] document) {
        assertParsesOrRefusesCleanly(document);
    }

    @Property(tries = 300)
    void randomBytesNeverEscapeAsRuntimeExceptions(@ForAll @Size(max = 2000) byte[] document) {
        assertParsesOrRefusesCleanly(document);
    }

    @Property(tries = 300)
    void randomMarkupNeverEscapesAsRuntimeExceptions(@ForAll("markupSoup") String document) {
        assertParsesOrRefusesCleanly(document.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 300)
    void opmlReadingNeverEscapesAsRuntimeExceptions(@ForAll("mutatedDocuments") byte[] document) {
        try {
            Opml.read(document);
        } catch (OpmlException refused) {
            assertThat(refused.getMessage()).isNotBlank();
        }
    }

    private static void assertParsesOrRefusesCleanly(byte[] document) {
        try {
            FeedDocument feed = FeedParser.parse(document, null, "http://example.com/feed");
            assertThat(feed.entries()).doesNotContainNull();
        } catch (FeedParseException refused) {
            assertThat(refused.getMessage()).isNotBlank().doesNotStartWith(INTERNAL_ERROR);
        }
    }

    @Provide
    Arbitrary<byte[]> mutatedDocuments() {
        Arbitrary<String> seed = Arbitraries.of(SEEDS);
        Arbitrary<List<Mutation>> mutations = mutation().list().ofMinSize(1).ofMaxSize(6);
        return Combinators.combine(seed, mutations).as((document, steps) -> {
            String mutated = document;
            for (Mutation step : steps) {
                mutated = step.apply(mutated);
            }
            return mutated.getBytes(StandardCharsets.UTF_8);
        });
    }

    @Provide
    Arbitrary<String> markupSoup() {
        Arbitrary<String> token = Arbitraries.of("<", ">", "</", "/>", "&", ";", "&amp;", "&nbsp;", "&#", "x", "\"",
                "'", "=", " ", "\n", "<![CDATA[", "]]>", "<!--", "-->", "<?xml version=\"1.0\"?>", "<!DOCTYPE rss [",
                "<!ENTITY a \"&a;\">", "]>", "<rss>", "<channel>", "<item>", "<title>", "</title>", "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
                "<entry>", "<content type=\"xhtml\">", "<div>", "xml:base=\"", "xml:lang=\"", "dc:", "<media:content url=\"",
                "\u0000", "\uFFFE", "\uD800", "é", "\u0092", "{", "}", "\"version\": \"https://jsonfeed.org/version/1\"");
        return token.list().ofMaxSize(80).map(tokens -> String.join("", tokens));
    }

    /** One edit of a document: a cut, an insertion or a duplication at some position. */
    private record Mutation(int kind, double position, double length, String insert) {
        String apply(String document) {
            if (document.isEmpty()) {
                return insert;
            }
            int at = (int) (position * document.length());
            int end = Math.min(document.length(), at + (int) (length * 40));
            return switch (kind) {
                case 0 -> document.substring(0, at) + document.substring(end);
                case 1 -> document.substring(0, at) + insert + document.substring(at);
                default -> document.substring(0, end) + document.substring(at, end) + document.substring(end);
            };
        }
    }

    private static Arbitrary<Mutation> mutation() {
        Arbitrary<String> inserts = Arbitraries.of("<", "</item>", "&", "&bogus;", "<![CDATA[", "\u0001", "\"",
                "<b>", "xmlns:x=\"", "<?xml version=\"1.0\" encoding=\"utf-16\"?>", "]]>", "<item><item>", "\uFFFF");
        return Combinators.combine(
                Arbitraries.integers().between(0, 2),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1),
                inserts).as(Mutation::new);
    }

    /** Keeps the seed list honest: each seed is itself a clean feed. */
    @Property(tries = 1)
    void seedsAreFeeds() throws FeedParseException {
        List<String> unreadable = new ArrayList<>();
        for (String seed : SEEDS) {
            FeedDocument feed = FeedParser.parse(seed.getBytes(StandardCharsets.UTF_8), null, "http://example.com/feed");
            if (feed.title() == null) {
                unreadable.add(seed);
            }
        }
        assertThat(unreadable).isEmpty();
    }
}
