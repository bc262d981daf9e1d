package io.newsdesk.parse.jsonfeed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.domain.Enclosure;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.domain.FeedFormat;
import io.newsdesk.parse.FeedParseException;
import io.newsdesk.parse.FeedParser;
import io.newsdesk.parse.Feeds;
import io.newsdesk.parse.SharedCorpus;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonFeedParsingTest {

    @Test
    void readsJsonFeed11Podcast() throws Exception {
        FeedDocument feed = FeedParser.parse(
                SharedCorpus.bytes("feed-fixtures/jsonfeed/test/examples/v1.1/podcast.json"), "application/feed+json",
                "http://therecord.co/feed.json");

        assertThat(feed.format()).isEqualTo(FeedFormat.JSONFEED11);
        assertThat(feed.title()).isEqualTo("The Record");
        assertThat(feed.link()).isEqualTo("http://therecord.co/");
        assertThat(feed.selfUrl()).isEqualTo("http://therecord.co/feed.json");
        Entry entry = feed.entries().get(0);
        assertThat(entry.guid()).isEqualTo("http://therecord.co/chris-parrish");
        assertThat(entry.title()).isEqualTo("Special #1 - Chris Parrish");
        assertThat(entry.published()).isEqualTo(Instant.parse("2014-05-09T21:04:00Z"));
        assertThat(entry.content()).contains("<a href=\"http://adobe.com/\"");
        assertThat(entry.summary()).isEqualTo(
                "<p>Brent interviews Chris Parrish, co-host of The Record and one-half of Aged &amp; Distilled.</p>");
        assertThat(entry.enclosures()).containsExactly(new Enclosure(
                "http://therecord.co/downloads/The-Record-sp1e1-ChrisParrish.m4a", "audio/x-m4a", 89970236L));
    }

    @Test
    void readsJsonFeed10WithAuthorsTagsAndEscapedText() throws Exception {
        FeedDocument feed = FeedParser.parse(SharedCorpus.bytes("feedparser/tests/json/example.json"), null, null);

        assertThat(feed.format()).isEqualTo(FeedFormat.JSONFEED10);
        assertThat(feed.title()).isEqualTo("My Example Feed");
        assertThat(feed.iconUrl()).isEqualTo("https://example.org/feed.png");
        assertThat(feed.entries()).hasSize(2);
        Entry first = feed.entries().get(0);
        assertThat(first.authors()).as("inherited from the feed").containsExactly("me");
        assertThat(first.categories()).containsExactly("test", "JSON");
        assertThat(first.content()).isEqualTo("<p>This is a second item.</p>");
        Entry second = feed.entries().get(1);
        assertThat(second.authors()).containsExactly("you");
        assertThat(second.content()).isEqualTo("<p>Hello, world!</p>");
    }

    @Test
    void relativeUrlsResolveAgainstTheDocument() throws Exception {
        FeedDocument feed = Feeds.parse("""
                {"version": "https://jsonfeed.org/version/1.1", "title": "T",
                 "items": [{"id": 42, "url": "/posts/42", "content_text": "Line one\\nline two\\n\\nNext"}]}""");

        Entry entry = feed.entries().get(0);
        assertThat(entry.guid()).isEqualTo("42");
        assertThat(entry.link()).isEqualTo("https://news.example.com/posts/42");
        assertThat(entry.content()).isEqualTo("<p>Line one<br>line two</p><p>Next</p>");
    }

    @Test
    void jsonWithoutAJsonFeedVersionIsRefused() {
        assertThatThrownBy(() -> Feeds.parse("{\"title\": \"not a feed\"}"))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("not a feed: JSON without a 'version' of JSON Feed");
    }

    @Test
    void brokenJsonNamesThePlace() {
        assertThatThrownBy(() -> Feeds.parse("{\"version\": \"https://jsonfeed.org/version/1\",\n \"items\": [}"))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("JSON error at line 2, column");
    }
}
