package io.newsdesk.parse.rdf;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.DatePrecision;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.domain.FeedFormat;
import io.newsdesk.parse.FeedParser;
import io.newsdesk.parse.Feeds;
import io.newsdesk.parse.SharedCorpus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RdfParsingTest {

    @Test
    void readsRss10WithDublinCore() throws Exception {
        FeedDocument feed = Feeds.parse("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
                         xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://news.example.com/">
                    <title>RDF News</title>
                    <link>https://news.example.com/</link>
                    <description>News in RDF</description>
                    <dc:language>de</dc:language>
                    <items><rdf:Seq><rdf:li resource="https://news.example.com/1"/></rdf:Seq></items>
                  </channel>
                  <item rdf:about="https://news.example.com/1">
                    <title>First</title>
                    <link>https://news.example.com/1</link>
                    <description>One</description>
                    <dc:creator>Anna</dc:creator>
                    <dc:date>2004-03-15</dc:date>
                    <dc:subject>Tech</dc:subject>
                  </item>
                </rdf:RDF>""");

        assertThat(feed.format()).isEqualTo(FeedFormat.RSS10);
        assertThat(feed.title()).isEqualTo("RDF News");
        assertThat(feed.language()).isEqualTo("de");
        Entry entry = feed.entries().get(0);
        assertThat(entry.guid()).isEqualTo("https://news.example.com/1");
        assertThat(entry.title()).isEqualTo("First");
        assertThat(entry.authors()).containsExactly("Anna");
        assertThat(entry.published()).isEqualTo(Instant.parse("2004-03-15T00:00:00Z"));
        assertThat(entry.publishedPrecision()).isEqualTo(DatePrecision.DAY);
        assertThat(entry.categories()).containsExactly("Tech");
        assertThat(entry.language()).isEqualTo("de");
    }

    @Test
    void rss090NamespaceIsRss09x() throws Exception {
        FeedDocument feed = FeedParser.parse(
                SharedCorpus.bytes("feed-fixtures/miniflux/internal/reader/parser/testdata/rdf_UTF8.xml"), null,
                "https://www.heise.de/newsticker/heise.rdf");

        assertThat(feed.format()).isEqualTo(FeedFormat.RSS09X);
        assertThat(feed.title()).isEqualTo("heise online News");
        assertThat(feed.entries()).hasSize(60);
        assertThat(feed.entries().get(1).title()).isEqualTo("Mega-Deal: IBM übernimmt Red Hat");
    }

    @Test
    void prefixedRssElementsAreRead() throws Exception {
        FeedDocument feed = FeedParser.parse(
                SharedCorpus.bytes("feedparser/tests/wellformed/rdf/rss_version_10_not_default_ns.xml"), null, null);

        assertThat(feed.format()).isEqualTo(FeedFormat.RSS10);
        assertThat(feed.problems()).isEmpty();
    }
}
