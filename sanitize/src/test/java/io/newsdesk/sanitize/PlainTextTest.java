package io.newsdesk.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void keepsPreformattedTextAsItIs() {
        assertThat(HtmlSanitizer.toText("<p>Code:</p><pre>a  =  1\n<b>b</b> = 2</pre><p>end</p>"))
                .isEqualTo("Code:\n\na  =  1\nb = 2\n\nend");
    }

    @Test
    void leavesOutWhatIsNotShown() {
        assertThat(HtmlSanitizer.toText(
                "a<script>x</script><style>y</style><template><p>t</p></template><noscript>n</noscript>"
                        + "<textarea>z</textarea><!-- c -->b"))
                .isEqualTo("ab");
    }

    @Test
    void decodesReferencesAndCollapsesSpace() {
        assertThat(HtmlSanitizer.toText("  Tom&nbsp;&amp;&#160;Jerry \n\t <b>x</b></br>y  ")).isEqualTo("Tom & Jerry x\ny");
    }

    @Test
    void readsAParsedElementLikeItsMarkup() {
        Element story = Jsoup.parseBodyFragment(
                "<article><h2>Title</h2><p>One <a href=\"/x\" onclick=\"evil()\">link</a>.</p><script>x</script></article>",
                "https://news.example.org/a/").body().child(0);

        assertThat(HtmlSanitizer.contentToText(story)).isEqualTo("Title\n\nOne link.");
        assertThat(HtmlSanitizer.sanitizeContent(story, "https://news.example.org/a/"))
                .isEqualTo("<h2>Title</h2><p>One <a href=\"https://news.example.org/x\" rel=\"noopener noreferrer nofollow\">link</a>.</p>");
        assertThat(HtmlSanitizer.sanitizeContent(null, null)).isNull();
        assertThat(HtmlSanitizer.contentToText(null)).isEmpty();
    }
}
