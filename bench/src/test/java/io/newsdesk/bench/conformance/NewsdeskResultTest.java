package io.newsdesk.bench.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.bench.conformance.expr.PyTuple;
import io.newsdesk.bench.conformance.expr.PyValues;
import io.newsdesk.parse.DocumentOrigin;
import io.newsdesk.parse.FeedParser;
import io.newsdesk.parse.ParseLimits;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Newsdesk's detailed result in feedparser's shape. */
class NewsdeskResultTest {

    private static FeedParserDict result(String xml) throws Exception {
        return NewsdeskResult.of(FeedParser.parseDetailed(xml.getBytes(StandardCharsets.UTF_8),
                DocumentOrigin.of("http://example.com/feed", null), ParseLimits.DEFAULTS));
    }

    /** Python's {@code ==}: dictionaries compare by their entries. */
    static void assertPythonEqual(Object actual, Object expected) {
        assertThat(PyValues.equal(actual, expected)).as(PyValues.repr(actual) + " == " + PyValues.repr(expected)).isTrue();
    }

    private static FeedParserDict entry(FeedParserDict result) throws Exception {
        return (FeedParserDict) ((List<?>) result.getItem("entries")).get(0);
    }

    @Test
    void atomTextLinksPeopleAndDates() throws Exception {
        FeedParserDict result = result("""
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
                  <entry>
                    <title type="html">A &lt;br&gt;break</title>
                    <link href="/1"/>
                    <author><name>Ann</name><email>ann@example.com</email></author>
                    <updated>2003-12-31T10:14:55Z</updated>
                    <content>Text</content>
                  </entry>
                </feed>""");

        FeedParserDict entry = entry(result);
        assertThat(result.getItem("version")).isEqualTo("atom10");
        assertThat(result.getItem("bozo")).isEqualTo(false);
        assertPythonEqual(entry.getItem("title_detail"), new FeedParserDict().put("type", "text/html")
                .put("language", "en").put("base", "http://example.com/feed").put("value", "A <br />break"));
        assertPythonEqual(entry.getItem("links"), List.of(new FeedParserDict()
                .put("rel", "alternate").put("type", "text/html").put("href", "http://example.com/1")));
        assertThat(entry.getItem("link")).isEqualTo("http://example.com/1");
        assertThat(entry.getItem("author")).isEqualTo("Ann (ann@example.com)");
        assertThat(entry.getItem("updated_parsed")).isEqualTo(PyTuple.of(2003L, 12L, 31L, 10L, 14L, 55L, 2L, 365L, 0L));
        assertThat(entry.getItem("summary")).as("the content stands in for a missing summary").isEqualTo("Text");
    }

    @Test
    void geoRssBecomesGeoJsonWithLongitudeFirst() throws Exception {
        FeedParserDict entry = entry(result("""
                <rss xmlns:georss="http://www.georss.org/georss"><channel><item>
                <georss:point>36.9382 31.1732</georss:point></item></channel></rss>"""));

        FeedParserDict where = (FeedParserDict) entry.getItem("where");
        assertThat(where.getItem("type")).isEqualTo("Point");
        assertThat(where.getItem("coordinates")).isEqualTo(PyTuple.of(31.1732, 36.9382));
    }

    @Test
    void rssGuidsAsLinksAndIllFormedDocuments() throws Exception {
        FeedParserDict result = result("<rss><channel><item><guid>http://example.com/p</guid>"
                + "<title>a &nbsp; b</title></item></channel></rss>");

        FeedParserDict entry = entry(result);
        assertThat(entry.getItem("guidislink")).isEqualTo(true);
        assertThat(entry.getItem("link")).isEqualTo("http://example.com/p");
        assertThat(result.getItem("bozo")).as("an HTML entity XML does not define").isEqualTo(true);
    }
}
