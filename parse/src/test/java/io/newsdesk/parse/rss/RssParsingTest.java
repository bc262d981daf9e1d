package io.newsdesk.parse.rss;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.DatePrecision;
import io.newsdesk.domain.Enclosure;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.domain.FeedFormat;
import io.newsdesk.domain.Source;
import io.newsdesk.parse.FeedParser;
import io.newsdesk.parse.Feeds;
import io.newsdesk.parse.SharedCorpus;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RssParsingTest {

    private static final String PODCAST = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"
                 xmlns:dc="http://purl.org/dc/elements/1.1/"
                 xmlns:content="http://purl.org/rss/1.0/modules/content/"
                 xmlns:media="http://search.yahoo.com/mrss/"
                 xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd"
                 xmlns:atom="http://www.w3.org/2005/Atom">
              <channel>
                <title>Morning &amp; Evening News</title>
                <link>/</link>
                <atom:link rel="self" href="https://news.example.com/feed.xml"/>
                <description>All the &lt;b&gt;news&lt;/b&gt;</description>
                <language>en-us</language>
                <ttl>90</ttl>
                <image><url>/logo.png</url><link>/</link><title>logo</title></image>
                <item>
                  <title>Budget &lt;em&gt;passes&lt;/em&gt;</title>
                  <link>/2024/budget</link>
                  <guid isPermaLink="false">budget-2024</guid>
                  <description>&lt;p&gt;The &lt;a href="/votes"&gt;vote&lt;/a&gt; was close.&lt;script&gt;alert(1)&lt;/script&gt;&lt;/p&gt;</description>
                  <content:encoded><![CDATA[<p>Full story with <img src="img/chart.png"></p>]]></content:encoded>
                  <author>jo@example.com (Jo Bloggs)</author>
                  <dc:creator>Sam Smith</dc:creator>
                  <category>Politics</category>
                  <dc:subject>Economy</dc:subject>
                  <category>Politics</category>
                  <pubDate>Tue, 10 Jun 2003 04:00:00 GMT</pubDate>
                  <enclosure url="/audio/budget.mp3" type="audio/mpeg" length="12345"/>
                  <media:thumbnail url="https://cdn.example.com/thumb.jpg"/>
                  <source url="https://wire.example.org/rss">The Wire</source>
                </item>
              </channel>
            </rss>
            """;

    @Test
    void readsChannelFields() throws Exception {
        FeedDocument feed = Feeds.parse(PODCAST);

        assertThat(feed.format()).isEqualTo(FeedFormat.RSS20);
        assertThat(feed.title()).isEqualTo("Morning & Evening News");
        assertThat(feed.link()).isEqualTo("https://news.example.com/");
        assertThat(feed.selfUrl()).isEqualTo("https://news.example.com/feed.xml");
        assertThat(feed.description()).isEqualTo("All the news");
        assertThat(feed.language()).isEqualTo("en-US");
        assertThat(feed.ttl()).isEqualTo(Duration.ofMinutes(90));
        assertThat(feed.iconUrl()).isEqualTo("https://news.example.com/logo.png");
        assertThat(feed.problems()).isEmpty();
    }

    @Test
    void readsItemFields() throws Exception {
        Entry entry = Feeds.parse(PODCAST).entries().get(0);

        assertThat(entry.guid()).isEqualTo("budget-2024");
        assertThat(entry.title()).isEqualTo("Budget passes");
        assertThat(entry.link()).isEqualTo("https://news.example.com/2024/budget");
        assertThat(entry.published()).isEqualTo(Instant.parse("2003-06-10T04:00:00Z"));
        assertThat(entry.publishedPrecision()).isEqualTo(DatePrecision.SECOND);
        assertThat(entry.authors()).containsExactly("Jo Bloggs", "Sam Smith");
        assertThat(entry.categories()).containsExactly("Politics", "Economy");
        assertThat(entry.enclosures()).containsExactly(
                new Enclosure("https://news.example.com/audio/budget.mp3", "audio/mpeg", 12345L));
        assertThat(entry.imageUrl()).isEqualTo("https://cdn.example.com/thumb.jpg");
        assertThat(entry.source()).isEqualTo(new Source("The Wire", "https://wire.example.org/rss"));
        assertThat(entry.language()).isEqualTo("en-US");
        assertThat(entry.teaser()).isFalse();
        assertThat(entry.count()).isNull();
    }

    @Test
    void sanitizesSummaryAndContentAgainstTheDocumentUrl() throws Exception {
        Entry entry = Feeds.parse(PODCAST).entries().get(0);

        assertThat(entry.summary())
                .contains("href=\"https://news.example.com/votes\"")
                .doesNotContain("script")
                .doesNotContain("alert");
        assertThat(entry.content()).contains("src=\"https://news.example.com/img/chart.png\"");
    }

    @Test
    void guidIsTheLinkWhenItIsAPermalink() throws Exception {
        FeedDocument feed = Feeds.parse("""
                <rss version="2.0"><channel>
                  <item><guid>https://news.example.com/a</guid></item>
                  <item><guid isPermaLink="false">https://news.example.com/b</guid></item>
                  <item><guid>not-a-url</guid></item>
                </channel></rss>""");

        assertThat(feed.entries()).extracting(Entry::link)
                .containsExactly("https://news.example.com/a", null, null);
        assertThat(feed.entries()).extracting(Entry::guid)
                .containsExactly("https://news.example.com/a", "https://news.example.com/b", "not-a-url");
    }

    @Test
    void unescapedHtmlInADescriptionIsKeptAsHtml() throws Exception {
        Entry entry = Feeds.parse("""
                <rss version="2.0"><channel><item>
                  <description>Hello <b>world</b><br/>again</description>
                </item></channel></rss>""").entries().get(0);

        assertThat(entry.summary()).isEqualTo("Hello <b>world</b><br>again");
    }

    @Test
    void mediaContentGivesEnclosuresAndTheImage() throws Exception {
        Entry entry = Feeds.parse("""
                <rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/"><channel><item>
                  <media:group>
                    <media:content url="https://cdn.example.com/big.jpg" medium="image" fileSize="2048"/>
                    <media:content url="https://cdn.example.com/clip.mp4" type="video/mp4">
                      <media:description type="plain">A clip &amp; more</media:description>
                    </media:content>
                  </media:group>
                </item></channel></rss>""").entries().get(0);

        assertThat(entry.enclosures()).containsExactly(
                new Enclosure("https://cdn.example.com/big.jpg", null, 2048L),
                new Enclosure("https://cdn.example.com/clip.mp4", "video/mp4", null));
        assertThat(entry.imageUrl()).isEqualTo("https://cdn.example.com/big.jpg");
        assertThat(entry.summary()).isEqualTo("<p>A clip &amp; more</p>");
    }

    @Test
    void itunesFieldsFillTheGaps() throws Exception {
        FeedDocument feed = Feeds.parse("""
                <rss version="2.0" xmlns:itunes="http://www.itunes.com/DTDs/Podcast-1.0.dtd"><channel>
                  <itunes:image href="https://cdn.example.com/show.png"/>
                  <itunes:summary>A show about shows</itunes:summary>
                  <item>
                    <itunes:author>Host Name</itunes:author>
                    <itunes:image href="https://cdn.example.com/ep1.png"/>
                    <itunes:summary>Episode one</itunes:summary>
                  </item>
                </channel></rss>""");

        assertThat(feed.iconUrl()).isEqualTo("https://cdn.example.com/show.png");
        assertThat(feed.description()).isEqualTo("A show about shows");
        Entry entry = feed.entries().get(0);
        assertThat(entry.authors()).containsExactly("Host Name");
        assertThat(entry.imageUrl()).isEqualTo("https://cdn.example.com/ep1.png");
        assertThat(entry.summary()).isEqualTo("<p>Episode one</p>");
    }

    @ParameterizedTest
    @CsvSource({"0.91, RSS09X", "0.92, RSS09X", "0.94, RSS09X", "2.0, RSS20", "2.0.1, RSS20"})
    void versionAttributeGivesTheFormat(String version, FeedFormat format) throws Exception {
        FeedDocument feed = Feeds.parse("<rss version=\"" + version + "\"><channel><title>t</title></channel></rss>");

        assertThat(feed.format()).isEqualTo(format);
    }

    @Test
    void elementNamesAreReadInAnyCase() throws Exception {
        FeedDocument feed = Feeds.parse("<rss><channel><TiTlE>Shouting</TiTlE><Item><PubDate>Tue, 10 Jun 2003 04:00:00 GMT</PubDate></Item></channel></rss>");

        assertThat(feed.title()).isEqualTo("Shouting");
        assertThat(feed.entries().get(0).published()).isEqualTo(Instant.parse("2003-06-10T04:00:00Z"));
    }

    @Test
    void readsRomesRss20Fixture() throws Exception {
        FeedDocument feed = FeedParser.parse(
                SharedCorpus.bytes("feed-fixtures/rome/rome/src/test/resources/rss_2.0.xml"), null,
                "http://example.com/rss.xml");

        assertThat(feed.format()).isEqualTo(FeedFormat.RSS20);
        assertThat(feed.title()).isEqualTo("rss_2.0.channel.title");
        assertThat(feed.entries()).hasSize(2);
        Entry first = feed.entries().get(0);
        assertThat(first.title()).isEqualTo("rss_2.0.channel.item[0].title");
        assertThat(first.summary()).isEqualTo("rss_2.0.channel.item[0].description");
        assertThat(first.categories()).containsExactly(
                "rss_2.0.channel.item[0].category[0]", "rss_2.0.channel.item[0].category[1]");
        assertThat(first.enclosures()).isNotEmpty();
    }

    @Test
    void readsMinifluxLargeRssFixture() throws Exception {
        FeedDocument feed = FeedParser.parse(
                SharedCorpus.bytes("feed-fixtures/miniflux/internal/reader/parser/testdata/large_rss.xml"), null,
                "https://dustri.org/b/rss.xml");

        assertThat(feed.title()).isEqualTo("Artificial truth");
        assertThat(feed.entries()).hasSize(25);
        assertThat(feed.entries()).allSatisfy(entry -> {
            assertThat(entry.link()).startsWith("https://dustri.org/b/");
            assertThat(entry.published()).isNotNull();
            assertThat(entry.summary()).isNotBlank();
        });
        assertThat(feed.problems()).isEmpty();
    }

    @Test
    void readsRomesItunesPodcastFixture() throws Exception {
        FeedDocument feed = FeedParser.parse(
                SharedCorpus.bytes("feed-fixtures/rome/rome-modules/src/test/resources/itunes/leshow.xml"), null,
                "http://www.kcrw.com/podcast/ls.xml");

        assertThat(feed.title()).isEqualTo("KCRW's Le Show");
        assertThat(feed.iconUrl()).isEqualTo("http://a1.phobos.apple.com/Music/y2005/m06/d26/h21/mcdrrifv.jpg");
        Entry first = feed.entries().get(0);
        assertThat(first.authors()).containsExactly("Harry Shearer");
        assertThat(first.summary()).as("empty description and summary").isNull();
        assertThat(first.enclosures()).containsExactly(new Enclosure(
                "http://a1.phobos.apple.com/Podcasts/y2005/m08/d01/h14/eosmhmit.mp3", null, 16770270L));
    }

    @Test
    void readsRomesMediaRssFixtureWithASpaceInTheUrl() throws Exception {
        FeedDocument feed = FeedParser.parse(SharedCorpus.bytes(
                "feed-fixtures/rome/rome-modules/src/test/resources/org/rometools/feed/module/mediarss/issue-20.xml"),
                null, null);

        assertThat(feed.entries().get(0).enclosures()).containsExactly(new Enclosure(
                "http://www.foo.com/path/containing%20spaces/trailer.mov", "video/quicktime", 12216320L));
    }
}
