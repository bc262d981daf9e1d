package io.newsdesk.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlSanitizerTest {

    private static final String BASE = "https://news.example.org/world/story.html";

    @ParameterizedTest
    @ValueSource(strings = {
        "<script>alert(1)</script><p>text</p>",
        "<p onclick=\"alert(1)\">text</p>",
        "<a href=\"javascript:alert(1)\">text</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">text</a>",
        "<a href=\"&#106;avascript:alert(1)\">text</a>",
        "<img src=x onerror=alert(1)><p>text</p>",
        "<p style=\"background:url(javascript:alert(1))\">text</p>",
        "<style>p{color:red}</style><p>text</p>",
        "<iframe src=\"https://evil.example\"></iframe><p>text</p>",
        "<object data=\"x.swf\"></object><p>text</p>",
        "<form action=\"https://evil.example\"><input name=a></form><p>text</p>",
        "<svg><script>alert(1)</script></svg><p>text</p>",
        "<math><mi xlink:href=\"javascript:alert(1)\">x</mi></math><p>text</p>",
        "<img src=\"data:image/svg+xml;base64,PHN2Zz48c2NyaXB0PmFsZXJ0KDEpPC9zY3JpcHQ+PC9zdmc+\"><p>text</p>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\"><p>text</p>",
        "<base href=\"https://evil.example/\"><p>text</p>",
        "<link rel=stylesheet href=\"https://evil.example/x.css\"><p>text</p>"
    })
    void removesActiveContent(String hostile) {
        String clean = HtmlSanitizer.sanitize(hostile, BASE);

        assertThat(clean).contains("text");
        assertThat(clean.toLowerCase())
                .doesNotContain("<script", "javascript:", "onerror", "onclick", "style", "<iframe",
                        "<object", "<form", "<input", "data:", "<meta", "<base", "<link", "alert(1)");
    }

    @Test
    void keepsStructureAndMakesUrlsAbsolute() {
        String clean = HtmlSanitizer.sanitize(
                "<h2>Head</h2><p>A <a href=\"../other.html\">link</a> and <img src=\"/img/a.jpg\" alt=\"A\"></p>"
                        + "<blockquote><p>Quote</p></blockquote><ul><li>one</li></ul>",
                BASE);

        assertThat(clean)
                .contains("<h2>Head</h2>")
                .contains("href=\"https://news.example.org/other.html\"")
                .contains("rel=\"noopener noreferrer nofollow\"")
                .contains("src=\"https://news.example.org/img/a.jpg\"")
                .contains("<blockquote><p>Quote</p></blockquote>")
                .contains("<li>one</li>");
    }

    @Test
    void dropsRelativeLinksWithoutABase() {
        String clean = HtmlSanitizer.sanitize("<p><a href=\"/x\">x</a></p>", null);

        assertThat(clean).isEqualTo("<p><a>x</a></p>");
    }

    @Test
    void emptyResultIsNull() {
        assertThat(HtmlSanitizer.sanitize("<script>x</script>", BASE)).isNull();
        assertThat(HtmlSanitizer.sanitize(null, BASE)).isNull();
        assertThat(HtmlSanitizer.sanitize("<img src=\"https://a.example/x.png\">", BASE)).contains("<img");
    }

    @Test
    void textKeepsParagraphsApart() {
        String text = HtmlSanitizer.toText(
                "<p>First  para\ngraph.</p><p>Second<br>line</p><script>var x;</script><ul><li>a</li><li>b</li></ul>");

        assertThat(text).isEqualTo("First para graph.\n\nSecond\nline\n\na\n\nb");
    }

    @Test
    void textKeepsTableCellsApart() {
        String text = HtmlSanitizer.toText(
                "<table><tr><th>Year</th><th>Daily crossings</th></tr><tr><td>2025</td><td>41</td></tr></table>");

        assertThat(text).isEqualTo("Year Daily crossings\n\n2025 41");
    }

    @Test
    void textOfPlainStringIsItself() {
        assertThat(HtmlSanitizer.toText("Just words &amp; more")).isEqualTo("Just words & more");
        assertThat(HtmlSanitizer.toText(null)).isEmpty();
    }

    @Property
    void neverThrowsAndNeverLetsAScriptThrough(@ForAll String junk) {
        String clean = HtmlSanitizer.sanitize("<p>" + junk + "<script>x()</script>", BASE);

        assertThat(clean == null ? "" : clean).doesNotContain("<script");
    }
}
