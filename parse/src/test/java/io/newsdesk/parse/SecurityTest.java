package io.newsdesk.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile documents: nothing is fetched or expanded, and every size is bounded. */
class SecurityTest {

    @Test
    void externalEntitiesAreNeverRead(@TempDir Path directory) throws Exception {
        Path secret = Files.writeString(directory.resolve("secret.txt"), "TOP-SECRET");
        FeedDocument feed = Feeds.parse("""
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss version="2.0"><channel><title>a&xxe;b</title></channel></rss>""".formatted(secret.toUri()));

        assertThat(feed.title()).isEqualTo("a&xxe;b").doesNotContain("TOP-SECRET");
        assertThat(feed.problems()).containsExactly("undefined entities were kept as text, not expanded: &xxe;");
    }

    @Test
    void externalDtdsAreNeverRead(@TempDir Path directory) throws Exception {
        Path dtd = Files.writeString(directory.resolve("evil.dtd"), "<!ENTITY leak \"LEAKED\">");
        FeedDocument feed = Feeds.parse("""
                <?xml version="1.0"?>
                <!DOCTYPE rss SYSTEM "%s">
                <rss version="2.0"><channel><title>x&leak;</title></channel></rss>""".formatted(dtd.toUri()));

        assertThat(feed.title()).doesNotContain("LEAKED");
    }

    @Test
    void billionLaughsDoesNotExpand() throws Exception {
        StringBuilder doctype = new StringBuilder("<!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            doctype.append("<!ENTITY lol").append(i).append(" \"");
            doctype.append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        doctype.append("]>");

        FeedDocument feed = Feeds.parse(doctype + "<rss><channel><title>&lol9;</title></channel></rss>");

        assertThat(feed.title()).isEqualTo("&lol8;".repeat(10));
    }

    @Test
    void manyDeclaredEntityReferencesAreBounded() throws Exception {
        String value = "x".repeat(1000);
        String document = "<!DOCTYPE rss [<!ENTITY big \"" + value + "\">]><rss><channel><title>"
                + "&big;".repeat(5000) + "</title></channel></rss>";

        FeedDocument feed = Feeds.parse(document);

        assertThat(feed.title().length()).isLessThan(1_100_000);
        assertThat(feed.problems()).anySatisfy(problem -> assertThat(problem).startsWith("declared entities would have added more than"));
    }

    @Test
    void deepNestingIsRefused() {
        String document = "<rss><channel><item><description>" + "<div>".repeat(10_000) + "</description></item></channel></rss>";

        assertThatThrownBy(() -> Feeds.parse(document))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("the feed cannot be read safely: elements are nested more than 256 levels deep");
    }

    @Test
    void deepNestingInAnIllFormedDocumentIsRefusedToo() {
        String document = "<rss><channel><item><description>" + "<div>".repeat(10_000) + "&nbsp; <";

        assertThatThrownBy(() -> Feeds.parse(document))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("nested more than");
    }

    @Test
    void entriesBeyondTheLimitAreDroppedAndNoted() throws Exception {
        String document = "<rss><channel>" + "<item><title>t</title></item>".repeat(30) + "</channel></rss>";
        ParseLimits limits = new ParseLimits(1 << 20, 10, 1000, 64);

        FeedDocument feed = FeedParser.parse(document.getBytes(StandardCharsets.UTF_8), null, null, limits);

        assertThat(feed.entries()).hasSize(10);
        assertThat(feed.problems()).containsExactly("the feed has more than 10 entries; only the first 10 were read");
    }

    @Test
    void longFieldsAreCutAndNoted() throws Exception {
        String document = "<rss><channel><item><title>" + "word ".repeat(1000) + "</title><description>"
                + "<p>" + "x".repeat(5000) + "</p>" + "</description></item></channel></rss>";
        ParseLimits limits = new ParseLimits(1 << 20, 10, 1000, 64);

        Entry entry = FeedParser.parse(document.getBytes(StandardCharsets.UTF_8), null, null, limits).entries().get(0);

        assertThat(entry.title().length()).isLessThanOrEqualTo(1000);
        assertThat(entry.summary().length()).isLessThan(1100);
    }

    @Test
    void oversizedDocumentsAreRefusedBeforeReading() {
        ParseLimits limits = new ParseLimits(1024, 10, 1000, 64);
        byte[] body = ("<rss><channel><title>" + "x".repeat(2000) + "</title></channel></rss>").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> FeedParser.parse(new ByteArrayInputStream(body), null, null, limits))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("the document is larger than");
    }

    @Test
    void scriptsAndEventHandlersNeverSurvive() throws Exception {
        Entry entry = Feeds.parse("""
                <feed xmlns="http://www.w3.org/2005/Atom"><entry>
                  <summary type="html">&lt;img src=x onerror=alert(1)&gt;&lt;a href="javascript:alert(2)"&gt;x&lt;/a&gt;</summary>
                  <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><script>alert(3)</script><p onclick="alert(4)">hi</p></div></content>
                  <link href="javascript:alert(5)"/>
                </entry></feed>""").entries().get(0);

        assertThat(entry.summary()).doesNotContain("onerror").doesNotContain("javascript");
        assertThat(entry.content()).isEqualTo("<p>hi</p>");
        assertThat(entry.link()).isNull();
    }
}
