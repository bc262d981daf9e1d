package io.newsdesk.parse.atom;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Entry;
import io.newsdesk.parse.Feeds;
import org.junit.jupiter.api.Test;

/** Atom text constructs through the parser: titles come out as text, summaries and content as HTML. */
class TextConstructTest {

    private static Entry entryWith(String elements) throws Exception {
        return Feeds.parse("<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry>" + elements + "</entry></feed>")
                .entries().get(0);
    }

    private static Entry atom03EntryWith(String elements) throws Exception {
        return Feeds.parse("<feed version=\"0.3\" xmlns=\"http://purl.org/atom/ns#\"><entry>" + elements + "</entry></feed>")
                .entries().get(0);
    }

    @Test
    void textIsEscapedForHtmlFieldsAndKeptLiterallyInTitles() throws Exception {
        Entry entry = entryWith("<title type=\"text\">Why &lt;blink&gt; died</title>"
                + "<summary type=\"text\">1 &lt; 2 &amp; 3</summary>");

        assertThat(entry.title()).isEqualTo("Why <blink> died");
        assertThat(entry.summary()).isEqualTo("<p>1 &lt; 2 &amp; 3</p>");
    }

    @Test
    void htmlIsDecodedForHtmlFieldsAndReducedToTextInTitles() throws Exception {
        Entry entry = entryWith("<title type=\"html\">Why &amp;lt;blink&amp;gt; &lt;b&gt;died&lt;/b&gt;</title>"
                + "<content type=\"html\">&lt;p&gt;Gone &lt;em&gt;now&lt;/em&gt;&lt;/p&gt;</content>");

        assertThat(entry.title()).isEqualTo("Why <blink> died");
        assertThat(entry.content()).isEqualTo("<p>Gone <em>now</em></p>");
    }

    @Test
    void xhtmlDivChildrenAreTheContent() throws Exception {
        Entry entry = entryWith("<title type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">A <b>bold</b> title</div></title>"
                + "<content type=\"xhtml\"><xhtml:div xmlns:xhtml=\"http://www.w3.org/1999/xhtml\">"
                + "<xhtml:p>One<xhtml:br/>two &amp; &lt;three&gt;</xhtml:p></xhtml:div></content>");

        assertThat(entry.title()).isEqualTo("A bold title");
        assertThat(entry.content()).isEqualTo("<p>One<br>two &amp; &lt;three&gt;</p>");
    }

    @Test
    void atom03Base64ModeIsDecoded() throws Exception {
        // "Example <b>Atom</b>"
        Entry entry = atom03EntryWith("<content type=\"text/html\" mode=\"base64\">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</content>"
                + "<title mode=\"base64\">RXhhbXBsZSA8Yj5BdG9tPC9iPg==</title>");

        assertThat(entry.content()).isEqualTo("Example <b>Atom</b>");
        assertThat(entry.title()).as("text/plain by default: the markup is text").isEqualTo("Example <b>Atom</b>");
    }

    @Test
    void atom03EscapedModeIsHtml() throws Exception {
        Entry entry = atom03EntryWith("<summary type=\"text/html\" mode=\"escaped\">&lt;i&gt;hi&lt;/i&gt;</summary>");

        assertThat(entry.summary()).isEqualTo("<i>hi</i>");
    }

    @Test
    void contentByReferenceOrOfABinaryTypeIsLeftOut() throws Exception {
        Entry entry = entryWith("<content src=\"https://example.com/post\"/><summary type=\"image/png\">iVBORw0KGgo=</summary>");

        assertThat(entry.content()).isNull();
        assertThat(entry.summary()).isNull();
    }

    @Test
    void htmlEscapedInsideAnXhtmlDivIsHtml() throws Exception {
        Entry entry = entryWith("<content type=\"html\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "Example &lt;b&gt;Atom&lt;/b&gt;</div></content>");

        assertThat(entry.content()).isEqualTo("Example <b>Atom</b>");
    }

    @Test
    void textInsideTheXhtmlDivIsText() throws Exception {
        Entry entry = entryWith("<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "1 &lt; 2 &amp;lt; 3</div></content>");

        assertThat(entry.content()).isEqualTo("1 &lt; 2 &amp;lt; 3");
    }

    @Test
    void inlineSvgKeepsItsLinks() throws Exception {
        Entry entry = entryWith("<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\""
                + " xmlns:svg=\"http://www.w3.org/2000/svg\" xmlns:l=\"http://www.w3.org/1999/xlink\">"
                + "<svg:svg width=\"9\"><svg:a l:href=\"/chart\"><svg:circle r=\"1\"/></svg:a></svg:svg></div></content>");

        assertThat(entry.content()).isEqualTo("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\">"
                + "<a xlink:href=\"https://news.example.com/chart\" xmlns:xlink=\"http://www.w3.org/1999/xlink\""
                + " rel=\"noopener noreferrer nofollow\"><circle r=\"1\"></circle></a></svg>");
    }

    @Test
    void markupAfterTheXhtmlDivIsKeptWhole() throws Exception {
        Entry entry = entryWith("<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\">a</div>"
                + "<p xmlns=\"http://www.w3.org/1999/xhtml\">b</p></content>");

        assertThat(entry.content()).isEqualTo("a<p>b</p>");
    }
}
