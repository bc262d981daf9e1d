package io.newsdesk.parse.detail;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.parse.DocumentOrigin;
import io.newsdesk.parse.FeedParser;
import io.newsdesk.parse.ParseLimits;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The detailed model: what the parser keeps beyond the domain's view. */
class DetailedParsingTest {

    private static ParsedFeed parse(String xml) throws Exception {
        return parse(xml, DocumentOrigin.of("http://example.com/feed.xml", null));
    }

    private static ParsedFeed parse(String xml, DocumentOrigin origin) throws Exception {
        return FeedParser.parseDetailed(xml.getBytes(StandardCharsets.UTF_8), origin, ParseLimits.DEFAULTS);
    }

    @Test
    void contentByReferenceKeepsWhereItIs() throws Exception {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/blog/">
                  <entry><content type="video/mp4" src="media/movie.mp4"/></entry>
                  <entry><content src="javascript:alert(1)"/></entry>
                </feed>""");

        assertThat(feed.entries().get(0).content())
                .containsExactly(Text.byReference("http://example.org/blog/media/movie.mp4", null, "http://example.org/blog/"));
        assertThat(feed.entries().get(1).content()).isEmpty();
    }

    @Test
    void textDoubleEncodedUpstreamIsReadBackInUtf8Documents() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>CafÃ©</title>
                  <item><description>&#226;&#128;&#166; dÃ©jÃ  vu</description></item>
                </channel></rss>""");

        assertThat(feed.feed().title().value()).isEqualTo("Café");
        assertThat(feed.entries().get(0).summary().value()).isEqualTo("… déjà vu");
    }

    @Test
    void textConstructsKeepTypeLanguageAndBase() throws Exception {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en" xml:base="http://example.org/blog/">
                  <title type="html">A &lt;b&gt;bold&lt;/b&gt; title</title>
                  <subtitle>1 &lt; 2</subtitle>
                  <entry xml:lang="fr_CA">
                    <content type="xhtml" xml:base="posts/"><div xmlns="http://www.w3.org/1999/xhtml"><a href="one.html">un</a></div></content>
                  </entry>
                </feed>""");

        assertThat(feed.version()).isEqualTo(FeedVersion.ATOM10);
        assertThat(feed.feed().title()).isEqualTo(new Text(TextType.HTML, "A <b>bold</b> title", "en", "http://example.org/blog/"));
        assertThat(feed.feed().subtitle()).isEqualTo(new Text(TextType.TEXT, "1 < 2", "en", "http://example.org/blog/"));
        Text content = feed.entries().get(0).content().get(0);
        assertThat(content.type()).isEqualTo(TextType.XHTML);
        assertThat(content.language()).as("underscores read as hyphens").isEqualTo("fr-CA");
        assertThat(content.base()).isEqualTo("http://example.org/blog/posts/");
        assertThat(content.value()).contains("href=\"http://example.org/blog/posts/one.html\"");
    }

    @Test
    void rssTitlesThatLookLikeHtmlAreHtmlAndUnknownEntitiesAreText() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel><title>&lt;i&gt;Italic&lt;/i&gt;</title>
                <item><title>AT&amp;T &amp;notanentity; news</title></item></channel></rss>""");

        assertThat(feed.feed().title().type()).isEqualTo(TextType.HTML);
        assertThat(feed.entries().get(0).title()).isEqualTo(
                new Text(TextType.TEXT, "AT&T &notanentity; news", null, "http://example.com/feed.xml"));
    }

    @Test
    void peopleLinksCategoriesAndDatesAsWritten() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0"><channel>
                <managingEditor>jo@example.com (Jo Bloggs)</managingEditor>
                <item>
                  <link>/posts/1</link>
                  <guid isPermaLink="false">tag:example.com,2024:1</guid>
                  <category domain="http://example.com/tags">news</category>
                  <enclosure url="/a.mp3" type="audio/mpeg" length="123"/>
                  <pubDate>Thu, 01 Jan 2004 19:48:21 GMT</pubDate>
                  <pubDate>not a date</pubDate>
                </item></channel></rss>""");

        assertThat(feed.feed().authors()).containsExactly(new Person("Jo Bloggs", "jo@example.com", null));
        ParsedEntry entry = feed.entries().get(0);
        assertThat(entry.id()).isEqualTo("tag:example.com,2024:1");
        assertThat(entry.guidIsPermalink()).isFalse();
        assertThat(entry.link()).isEqualTo("http://example.com/posts/1");
        assertThat(entry.categories()).containsExactly(new Category("news", "http://example.com/tags", null));
        assertThat(entry.enclosures()).containsExactly(
                new Link("enclosure", "http://example.com/a.mp3", "audio/mpeg", null, "123", null));
        assertThat(entry.published().text()).as("a later date of the same kind corrects the earlier").isEqualTo("not a date");
        assertThat(entry.published().parsed()).isNull();
        assertThat(feed.illFormed()).as("an unreadable date is a data problem, not ill-formed XML").isFalse();
        assertThat(feed.problems()).extracting(Problem::kind).containsExactly(Problem.Kind.DATA);
    }

    @Test
    void extensionModules() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
                     xmlns:media="http://search.yahoo.com/mrss/" xmlns:georss="http://www.georss.org/georss"
                     xmlns:psc="http://podlove.org/simple-chapters" xmlns:x="http://example.com/x"
                     xmlns:cc="http://web.resource.org/cc/" xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
                <channel>
                  <itunes:explicit>clean</itunes:explicit>
                  <itunes:new-feed-url>http://example.com/new.xml</itunes:new-feed-url>
                  <itunes:category text="Technology"><itunes:category text="Gadgets"/></itunes:category>
                  <item>
                    <itunes:block>yes</itunes:block>
                    <itunes:duration>3:00</itunes:duration>
                    <media:group><media:credit role="author">Ann</media:credit><media:title>Fallback</media:title></media:group>
                    <georss:point>45.5 -122.6</georss:point>
                    <psc:chapters version="1.2"><psc:chapter start="00:01:02.5" title="Intro"/></psc:chapters>
                    <x:Rating>5</x:Rating>
                    <cc:license rdf:resource="http://creativecommons.org/licenses/by/4.0/"/>
                  </item>
                </channel></rss>""");

        assertThat(feed.feed().podcast().explicit()).isFalse();
        assertThat(feed.feed().movedTo()).isEqualTo("http://example.com/new.xml");
        assertThat(feed.feed().categories()).extracting(Category::term).containsExactly("Technology", "Gadgets");
        ParsedEntry entry = feed.entries().get(0);
        assertThat(entry.podcast().block()).isTrue();
        assertThat(entry.podcast().duration()).isEqualTo("3:00");
        assertThat(entry.media().credits()).containsExactly(new MediaRss.Credit("author", null, "Ann"));
        assertThat(entry.title().value()).as("Media RSS's title stands in for a missing title").isEqualTo("Fallback");
        assertThat(entry.where().kind()).isEqualTo(GeoShape.Kind.POINT);
        assertThat(entry.where().positions().get(0)).containsExactly(45.5, -122.6);
        assertThat(entry.chapters().chapters().get(0).startOffset()).isEqualTo(Duration.ofMillis(62_500));
        assertThat(entry.extensions()).containsExactly(new ExtensionElement("http://example.com/x", "x", "Rating", "5"));
        assertThat(entry.links()).extracting(Link::rel).containsExactly("license");
    }

    @Test
    void atomBase64ContentAndLinksWrittenAsText() throws Exception {
        ParsedFeed feed = parse("""
                <feed version="0.3" xmlns="http://purl.org/atom/ns#"><entry>
                  <link rel="alternate" type="text/html">http://example.com/1</link>
                  <content type="text/html" mode="base64">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</content>
                  <issued>2004-01-01T19:48:21Z</issued>
                </entry></feed>""");

        ParsedEntry entry = feed.entries().get(0);
        assertThat(feed.version()).isEqualTo(FeedVersion.ATOM03);
        assertThat(entry.link()).isEqualTo("http://example.com/1");
        assertThat(entry.content().get(0).value()).isEqualTo("Example <b>Atom</b>");
        assertThat(entry.published().parsed().instant()).isEqualTo(Instant.parse("2004-01-01T19:48:21Z"));
    }

    @Test
    void theServersLanguageIsTheDocumentsUnlessItSaysOtherwise() throws Exception {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><entry><title>t</title></entry>
                <entry xml:lang="fr"><title>t</title></entry></feed>""",
                new DocumentOrigin("http://example.com/", "application/atom+xml", "de"));

        assertThat(feed.feed().language()).isEqualTo("de");
        assertThat(feed.entries()).extracting(e -> e.title().language()).containsExactly("de", "fr");
    }

    @Test
    void unsafeBasesAreIgnored() throws Exception {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><entry xml:base="javascript:alert(1)//">
                <link href="page.html"/></entry></feed>""");

        assertThat(feed.entries().get(0).link()).isEqualTo("http://example.com/page.html");
    }

    @Test
    void misspelledNamespacesAreReadByTheirConventionalPrefix() throws Exception {
        ParsedFeed feed = parse("""
                <rss xmlns:itunes="http://www.itunes.com/DTDs/Podcast-1.0.dtd/"><channel>
                <itunes:block>yes</itunes:block></channel></rss>""");

        assertThat(feed.feed().podcast().block()).isTrue();
    }

    @Test
    void aSecondDescriptionIsTheFullContentAndTheFeedSaysWhereItMoved() throws Exception {
        ParsedFeed feed = parse("""
                <rss version="2.0"><redirect><newLocation>http://example.com/new</newLocation></redirect>
                <channel><item><description>Short</description><summary>Long</summary>
                <fullitem>&lt;p&gt;Full&lt;/p&gt;</fullitem></item></channel></rss>""");

        ParsedEntry entry = feed.entries().get(0);
        assertThat(entry.summary().value()).isEqualTo("Short");
        assertThat(entry.content()).extracting(Text::value).containsExactly("Long", "<p>Full</p>");
        assertThat(feed.feed().movedTo()).isEqualTo("http://example.com/new");
    }

    @Test
    void atomFeedsWithItemsAndUnknownElements() throws Exception {
        ParsedFeed feed = parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xmlns:MadeUp="http://madeup.test">
                <item><MadeUp:Element>test</MadeUp:Element><abcdefg>value</abcdefg></item></feed>""");

        assertThat(feed.entries()).singleElement().satisfies(entry -> assertThat(entry.extensions()).containsExactly(
                new ExtensionElement("http://madeup.test", "MadeUp", "Element", "test"),
                new ExtensionElement("http://www.w3.org/2005/Atom", "", "abcdefg", "value")));
        assertThat(feed.namespaces()).containsEntry("MadeUp", "http://madeup.test");
    }

    @Test
    void anEmptyElementIsAnEmptyTextThatAFullerOneReplaces() throws Exception {
        ParsedFeed feed = parse("""
                <rss xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><description/>
                <item><title></title><dc:title>From Dublin Core</dc:title></item></channel></rss>""");

        assertThat(feed.feed().subtitle().value()).isEmpty();
        assertThat(feed.entries().get(0).title().value()).isEqualTo("From Dublin Core");
    }
}
