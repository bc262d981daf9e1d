package io.newsdesk.parse.xml;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.parse.FeedParser;
import io.newsdesk.parse.Feeds;
import io.newsdesk.parse.SharedCorpus;
import org.junit.jupiter.api.Test;

/** {@code xml:base} resolves relative links at every level: feed, entry, content, inside content. */
class XmlBaseTest {

    @Test
    void baseOnTheFeedAppliesToEverythingInIt() throws Exception {
        FeedDocument feed = Feeds.parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.org/journal/">
                  <link href="./"/>
                  <entry>
                    <link href="2024/first"/>
                    <content type="html">&lt;a href="pics/"&gt;pictures&lt;/a&gt;</content>
                  </entry>
                </feed>""");

        assertThat(feed.link()).isEqualTo("https://blog.example.org/journal/");
        Entry entry = feed.entries().get(0);
        assertThat(entry.link()).isEqualTo("https://blog.example.org/journal/2024/first");
        assertThat(entry.content()).contains("href=\"https://blog.example.org/journal/pics/\"");
    }

    @Test
    void relativeBasesStackUpAndTheInnermostWins() throws Exception {
        Entry entry = Feeds.parse("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://blog.example.org/a/">
                  <entry xml:base="b/">
                    <link href="post"/>
                    <summary type="html" xml:base="/c/">&lt;img src="x.png"&gt;</summary>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">
                      <a href="one">1</a><p xml:base="https://other.example.net/d/"><a href="two">2</a></p>
                    </div></content>
                  </entry>
                </feed>""").entries().get(0);

        assertThat(entry.link()).isEqualTo("https://blog.example.org/a/b/post");
        assertThat(entry.summary()).contains("src=\"https://blog.example.org/c/x.png\"");
        assertThat(entry.content())
                .contains("href=\"https://blog.example.org/a/b/one\"")
                .contains("href=\"https://other.example.net/d/two\"");
    }

    @Test
    void withoutAnyBaseTheDocumentUrlIsTheBase() throws Exception {
        Entry entry = Feeds.parse("<rss><channel><item><link>story?id=7</link></item></channel></rss>")
                .entries().get(0);

        assertThat(entry.link()).isEqualTo("https://news.example.com/story?id=7");
    }

    @Test
    void romesXmlBaseFixtureResolvesEveryAlternateLinkToTheSamePage() throws Exception {
        FeedDocument feed = FeedParser.parse(
                SharedCorpus.bytes("feed-fixtures/rome/rome/src/test/resources/atom_1.0_b.xml"), null,
                "http://example.org/tests/base/feed.atom");

        assertThat(feed.entries()).isNotEmpty();
        assertThat(feed.entries()).extracting(Entry::link)
                .allMatch(link -> link == null || link.equals("http://example.org/tests/base/result.html"));
    }
}
