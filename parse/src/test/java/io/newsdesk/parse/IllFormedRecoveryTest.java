package io.newsdesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import org.junit.jupiter.api.Test;

/** Broken feeds are read anyway, and what was wrong is listed in problems (feedparser's bozo). */
class IllFormedRecoveryTest {

    @Test
    void wellFormedFeedsHaveNoProblems() throws Exception {
        FeedDocument feed = Feeds.parse("<rss version=\"2.0\"><channel><title>Fine</title></channel></rss>");

        assertThat(feed.illFormed()).isFalse();
    }

    @Test
    void undeclaredHtmlEntitiesAndBareAmpersands() throws Exception {
        FeedDocument feed = Feeds.parse("""
                <rss version="2.0"><channel><title>Tom&nbsp;&amp;&nbsp;Jerry & friends</title>
                <item><link>https://news.example.com/?a=1&b=2</link></item></channel></rss>""");

        assertThat(feed.title()).isEqualTo("Tom & Jerry & friends");
        assertThat(feed.entries().get(0).link()).isEqualTo("https://news.example.com/?a=1&b=2");
        assertThat(feed.problems()).hasSize(2);
    }

    @Test
    void unclosedElementsAreClosed() throws Exception {
        FeedDocument feed = Feeds.parse("""
                <rss version="2.0"><channel><title>Unclosed</title>
                <item><title>One</title><description>first <b>bold</description>
                <item><title>Two</title></item>
                <item><title>Three</title><description>third</description></item>
                </channel></rss>""");

        assertThat(feed.entries()).extracting(Entry::title).containsExactly("One", "Two", "Three");
        assertThat(feed.entries().get(0).summary()).isEqualTo("first <b>bold</b>");
        assertThat(feed.problems()).anySatisfy(problem ->
                assertThat(problem).startsWith("XML error at line ").endsWith("(recovered with a lenient parser)"));
    }

    @Test
    void garbageAfterTheRootIsIgnored() throws Exception {
        FeedDocument feed = Feeds.parse("<rss><channel><title>T</title></channel></rss>\n<p>trailing & junk</div>");

        assertThat(feed.title()).isEqualTo("T");
        assertThat(feed.problems()).anySatisfy(problem -> assertThat(problem).contains("after the root element"));
    }

    @Test
    void undeclaredConventionalPrefixesAreUnderstood() throws Exception {
        FeedDocument feed = Feeds.parse("""
                <rss version="2.0"><channel><item>
                  <dc:creator>Ann Author</dc:creator>
                  <content:encoded>&lt;p&gt;Body&lt;/p&gt;</content:encoded>
                </item></channel></rss>""");

        Entry entry = feed.entries().get(0);
        assertThat(entry.authors()).containsExactly("Ann Author");
        assertThat(entry.content()).isEqualTo("<p>Body</p>");
        assertThat(feed.problems()).contains(
                "the namespace prefix 'dc' is not declared; it was read as http://purl.org/dc/elements/1.1/",
                "the namespace prefix 'content' is not declared; it was read as http://purl.org/rss/1.0/modules/content/");
    }

    @Test
    void aFeedBehindALeadingWarningIsFound() throws Exception {
        FeedDocument feed = Feeds.parse("""
                <br />
                <b>Warning</b>: something in <b>/var/www/feed.php</b> on line <b>3</b><br />
                <?xml version="1.0"?><rss version="2.0"><channel><title>Still here</title></channel></rss>""");

        assertThat(feed.title()).isEqualTo("Still here");
        assertThat(feed.illFormed()).isTrue();
    }

    @Test
    void feedparsersIllFormedIncompleteCdataKeepsTheItems() throws Exception {
        FeedDocument feed = FeedParser.parse(
                SharedCorpus.bytes("feedparser/tests/illformed/rss_incomplete_cdata.xml"), null, null);

        assertThat(feed.illFormed()).isTrue();
        assertThat(feed.title()).isNotNull();
    }

    @Test
    void unreadableDatesAreNotedAndTheEntryKept() throws Exception {
        FeedDocument feed = Feeds.parse("<rss><channel><item><title>x</title><pubDate>someday</pubDate></item></channel></rss>");

        assertThat(feed.entries()).singleElement().satisfies(entry -> assertThat(entry.published()).isNull());
        assertThat(feed.problems()).singleElement().asString().startsWith("unreadable date 'someday' in <pubDate> at line 1");
    }

    @Test
    void documentsThatAreNoFeedsAreRefusedWithAReason() {
        assertThatThrownBy(() -> Feeds.parse("<!DOCTYPE html><html><head><title>x</title></head><body></body></html>"))
                .isInstanceOf(FeedParseException.class).hasMessage("not a feed: this is an HTML page");
        assertThatThrownBy(() -> Feeds.parse("<opml version=\"2.0\"><body/></opml>"))
                .isInstanceOf(FeedParseException.class).hasMessageStartingWith("not a feed: this is an OPML subscription list");
        assertThatThrownBy(() -> Feeds.parse("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>"))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("not a feed: the root element is <svg>, not <rss>, <feed> or <rdf:RDF>");
        assertThatThrownBy(() -> Feeds.parse("Just some words."))
                .isInstanceOf(FeedParseException.class).hasMessage("not a feed: this is plain text");
        assertThatThrownBy(() -> FeedParser.parse(new byte[0], null, null))
                .isInstanceOf(FeedParseException.class).hasMessage("not a feed: the document is empty");
    }
}
