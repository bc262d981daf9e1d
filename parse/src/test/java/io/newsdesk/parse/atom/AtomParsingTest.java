package io.newsdesk.parse.atom;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Enclosure;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.domain.FeedFormat;
import io.newsdesk.domain.Source;
import io.newsdesk.parse.FeedParser;
import io.newsdesk.parse.Feeds;
import io.newsdesk.parse.SharedCorpus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AtomParsingTest {

    private static final String FEED = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
              <title type="html">Example &lt;i&gt;Blog&lt;/i&gt;</title>
              <subtitle>Notes and links</subtitle>
              <link rel="alternate" type="text/html" href="https://blog.example.com/"/>
              <link rel="self" href="https://blog.example.com/atom.xml"/>
              <icon>/favicon.ico</icon>
              <logo>/logo.png</logo>
              <author><name>Feed Author</name></author>
              <id>urn:uuid:60a76c80-d399-11d9-b91C-0003939e0af6</id>
              <updated>2024-03-10T17:15:00+01:00</updated>
              <entry>
                <title>First post</title>
                <link href="https://blog.example.com/first"/>
                <link rel="enclosure" type="audio/mpeg" length="1337" href="/first.mp3"/>
                <id>tag:blog.example.com,2024:1</id>
                <published>2024-03-09T10:00:00Z</published>
                <updated>2024-03-10T16:15:00Z</updated>
                <summary>Short &amp; sweet</summary>
                <content type="xhtml" xml:lang="fr"><div xmlns="http://www.w3.org/1999/xhtml"><p>Hello <a href="/there">there</a></p></div></content>
                <category term="notes" label="Notes"/>
                <category term="misc"/>
              </entry>
              <entry>
                <title>Second</title>
                <id>tag:blog.example.com,2024:2</id>
                <updated>2024-03-11</updated>
                <author><email>guest@example.com</email></author>
                <source>
                  <title>Elsewhere</title>
                  <link rel="alternate" href="https://elsewhere.example.org/"/>
                </source>
              </entry>
            </feed>
            """;

    @Test
    void readsFeedFields() throws Exception {
        FeedDocument feed = Feeds.parse(FEED);

        assertThat(feed.format()).isEqualTo(FeedFormat.ATOM10);
        assertThat(feed.title()).isEqualTo("Example Blog");
        assertThat(feed.description()).isEqualTo("Notes and links");
        assertThat(feed.link()).isEqualTo("https://blog.example.com/");
        assertThat(feed.selfUrl()).isEqualTo("https://blog.example.com/atom.xml");
        assertThat(feed.iconUrl()).isEqualTo("https://news.example.com/favicon.ico");
        assertThat(feed.language()).isEqualTo("en");
        assertThat(feed.problems()).isEmpty();
    }

    @Test
    void readsEntryFields() throws Exception {
        Entry entry = Feeds.parse(FEED).entries().get(0);

        assertThat(entry.guid()).isEqualTo("tag:blog.example.com,2024:1");
        assertThat(entry.title()).isEqualTo("First post");
        assertThat(entry.link()).isEqualTo("https://blog.example.com/first");
        assertThat(entry.published()).isEqualTo(Instant.parse("2024-03-09T10:00:00Z"));
        assertThat(entry.updated()).isEqualTo(Instant.parse("2024-03-10T16:15:00Z"));
        assertThat(entry.summary()).isEqualTo("<p>Short &amp; sweet</p>");
        assertThat(entry.content())
                .isEqualTo("<p>Hello <a href=\"https://news.example.com/there\" rel=\"noopener noreferrer nofollow\">there</a></p>");
        assertThat(entry.categories()).containsExactly("Notes", "misc");
        assertThat(entry.enclosures()).containsExactly(
                new Enclosure("https://news.example.com/first.mp3", "audio/mpeg", 1337L));
        assertThat(entry.authors()).as("inherited from the feed").containsExactly("Feed Author");
        assertThat(entry.language()).isEqualTo("en");
    }

    @Test
    void updatedStandsInForAMissingPublishedDate() throws Exception {
        Entry second = Feeds.parse(FEED).entries().get(1);

        assertThat(second.published()).isEqualTo(Instant.parse("2024-03-11T00:00:00Z"));
        assertThat(second.authors()).containsExactly("guest@example.com");
        assertThat(second.source()).isEqualTo(new Source("Elsewhere", "https://elsewhere.example.org/"));
    }

    @Test
    void readsAtom03() throws Exception {
        FeedDocument feed = FeedParser.parse(
                SharedCorpus.bytes("feed-fixtures/rome/rome/src/test/resources/atom_0.3.xml"), null, null);

        assertThat(feed.format()).isEqualTo(FeedFormat.ATOM03);
        assertThat(feed.title()).isEqualTo("atom_0.3.feed.title");
        assertThat(feed.entries()).hasSize(2);
        Entry first = feed.entries().get(0);
        assertThat(first.guid()).isEqualTo("atom_0.3.feed.entry[0]^id");
        assertThat(first.published()).isEqualTo(Instant.parse("2000-01-01T01:00:00Z"));
        assertThat(first.updated()).isEqualTo(Instant.parse("2000-01-01T00:00:00Z"));
        assertThat(first.authors()).containsExactly("atom_0.3.feed.entry[0].author.name");
    }

    @Test
    void readsMinifluxAtomFixtureWithMediaThumbnails() throws Exception {
        FeedDocument feed = FeedParser.parse(
                SharedCorpus.bytes("feed-fixtures/miniflux/internal/reader/parser/testdata/small_atom.xml"), null,
                "https://github.com/miniflux/v2/commits/main.atom");

        assertThat(feed.language()).isEqualTo("en-US");
        assertThat(feed.entries()).hasSize(20);
        assertThat(feed.entries().get(0).imageUrl()).startsWith("https://avatars.githubusercontent.com/");
        assertThat(feed.entries().get(0).authors()).containsExactly("fguillot");
    }

    @Test
    void prefixedAtomIsRead() throws Exception {
        FeedDocument feed = Feeds.parse("""
                <a:feed xmlns:a="http://www.w3.org/2005/Atom">
                  <a:title>Prefixed</a:title>
                  <a:entry><a:title>Inside</a:title></a:entry>
                </a:feed>""");

        assertThat(feed.title()).isEqualTo("Prefixed");
        assertThat(feed.entries()).extracting(Entry::title).containsExactly("Inside");
    }
}
