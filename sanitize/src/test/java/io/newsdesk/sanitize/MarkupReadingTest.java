package io.newsdesk.sanitize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How the sanitizer reads markup: tokens, character references and the nesting rules. */
class MarkupReadingTest {

    private static final String BASE = "https://news.example.org/world/story.html";

    private static String clean(String html) {
        return HtmlSanitizer.sanitize(html, BASE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a &amp; b &#38; c &#x26; d|a &amp; b &#38; c &#x26; d",
        "&copy; &copy 2025|&copy; © 2025",
        "&notit; &notin;|¬it; &notin;",
        "&#233;&#xE9;&#Xe9;&#Xe9|&#233;&#xE9;&#xe9;é",
        "&#128;&#x99;|&#x20ac;&#x2122;",
        "&#0;&#xD800;&#1114112;|\uFFFD\uFFFD\uFFFD",
        "&#1;&#13;&#xFFFF;a|a",
        "&NotEqualTilde; &lt;b&gt;|&NotEqualTilde; &lt;b&gt;",
        "&#; &#x; &unknown; &|&amp;#; &amp;#x; &amp;unknown; &amp;",
        "1 < 2 > 0|1 &lt; 2 > 0",
    })
    void keepsCompleteReferencesAsWrittenAndEscapesOnlyWhatMustBe(String html, String expected) {
        assertThat(clean(html)).isEqualTo(expected);
    }

    @Test
    void attributesKeepTheirReferencesButUrlsAreWrittenResolved() {
        assertThat(clean("<abbr title=\"AT&#38;T &amp; &eacute; &copy=1 & x\">x</abbr>"))
                .isEqualTo("<abbr title=\"AT&#38;T &amp; &eacute; &amp;copy=1 &amp; x\">x</abbr>");
        assertThat(clean("<abbr title=\"a &gt; b &quot;c&quot; <d>\">x</abbr>"))
                .isEqualTo("<abbr title=\"a &gt; b &quot;c&quot; &lt;d&gt;\">x</abbr>");
        assertThat(clean("<a href=\"/a?b=1&#38;c=2\">x</a>"))
                .isEqualTo("<a href=\"https://news.example.org/a?b=1&amp;c=2\" rel=\"noopener noreferrer nofollow\">x</a>");
    }

    @Test
    void legacyReferencesInAttributesStayPartOfTheUrl() {
        assertThat(clean("<a href=\"/search?q=1&copy=2&amp;lang=en&not;\">x</a>"))
                .isEqualTo("<a href=\"https://news.example.org/search?q=1&amp;copy=2&amp;lang=en¬\""
                        + " rel=\"noopener noreferrer nofollow\">x</a>");
    }

    @Test
    void readsAttributesInEveryQuotingStyle() {
        String image = "<img src=\"https://news.example.org/a.png\" alt=\"a &gt; b\">";

        assertThat(clean("<img src=\"/a.png\" alt=\"a > b\">")).isEqualTo(image);
        assertThat(clean("<img src='/a.png' alt='a > b'>")).isEqualTo(image);
        assertThat(clean("<img src=/a.png alt=\"a > b\">")).isEqualTo(image);
        assertThat(clean("<img\nsrc = \"/a.png\"\talt=\"a > b\"/>")).isEqualTo(image);
        assertThat(clean("<IMG SRC=\"/a.png\" ALT=\"a > b\" alt=\"second\">")).isEqualTo(image);
        assertThat(clean("<img alt='it''s' src=/a.png>"))
                .isEqualTo("<img alt=\"it\" src=\"https://news.example.org/a.png\">");
        assertThat(clean("<img alt=\"say \"hi\"\" src=/a.png>"))
                .isEqualTo("<img alt=\"say \" src=\"https://news.example.org/a.png\">");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "a<!-- <script>alert(1)</script> -->b|ab",
        "a<!-->b|ab",
        "a<!--->b|ab",
        "a<!-- x --!>b|ab",
        "a<!-- unterminated <b>x</b>|a",
        "a<![CDATA[<b>x]]>b|ax]]>b",
        "<!DOCTYPE html><?xml version=\"1.0\"?>a</ 3>b|ab",
        "a</>b|ab",
        "a<|a&lt;",
        "a</|a&lt;/",
        "a <3 b|a &lt;3 b",
        "a<b|a",
    })
    void readsCommentsAndBrokenMarkupAsBrowsersDo(String html, String expected) {
        assertThat(clean(html)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<script>if (a</b) { x = '</p>' }</script>after|after",
        "<SCRIPT>x</script\t>after|after",
        "<script><!--<script>x</script>hidden-->y</script>after|after",
        "<script><!-- x --></script>after|after",
        "<script><!--></script>after|after",
        "<script>x</scripty></script>after|after",
        "<style>p { color: red }</style>after|after",
        "<textarea><p>typed</p></textarea>after|after",
        "<title>Page</title>after|after",
        "<iframe><p>fallback</p></iframe>after|after",
        "<template><p>inert</p><template>x</template>y</template>after|after",
        "after<script>never closed <p>x</p>|after",
        "a<plaintext><b>x</b>|a&lt;b>x&lt;/b>",
    })
    void dropsTheContentOfScriptsStylesAndOtherNonText(String html, String expected) {
        assertThat(clean(html)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<p>a<p>b|<p>a</p><p>b</p>",
        "<p>a<div>b</div>c</p>|<p>a</p><div>b</div>c",
        "<p>a<section>b</section>|<p>a</p>b",
        "<ul><li>a<li>b<ul><li>c</ul></ul>|<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>",
        "<dl><dt>a<dd>b<dt>c</dl>|<dl><dt>a</dt><dd>b</dd><dt>c</dt></dl>",
        "<h1>a<h2>b</h2>|<h1>a</h1><h2>b</h2>",
        "<h1>a</h3>b|<h1>a</h1>b",
        "<b><i>a</b>b</i>|<b><i>a</i></b>b",
        "<a href=/1>a<a href=/2>b</a>|<a href=\"https://news.example.org/1\" rel=\"noopener noreferrer nofollow\">a</a><a href=\"https://news.example.org/2\" rel=\"noopener noreferrer nofollow\">b</a>",
        "</div>a</span></p>|a",
        "<div><span>a|<div><span>a</span></div>",
        "a<br>b</br>c<hr/>d<img src=/x.png></img>|a<br>b<br>c<hr>d<img src=\"https://news.example.org/x.png\">",
        "<div/>a|<div>a</div>",
        "a<o:p/>b<o:p></o:p>c|abc",
        "<body><p>a</p></body></html>|<p>a</p>",
    })
    void balancesTagsWithTheBrowsersNestingRules(String html, String expected) {
        assertThat(clean(html)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "<table><tr><td>a<td>b<tr><td>c</table>|<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>",
        "<table><thead><tr><th>h<tbody><tr><td>d</table>|<table><thead><tr><th>h</th></tr></thead><tbody><tr><td>d</td></tr></tbody></table>",
        "<tr><td>a</td><td>b</td></tr>|ab",
        "<table><tr><td><p>a</td><td>b</p></td></tr></table>|<table><tr><td><p>a</p></td><td>b</td></tr></table>",
        "<table><tr><td><table><tr><td>in</td></tr></table>out</td></tr></table>|<table><tr><td><table><tr><td>in</td></tr></table>out</td></tr></table>",
        "<div><table><tr><td>a</div>b</td></tr></table>|<div><table><tr><td>ab</td></tr></table></div>",
    })
    void keepsTablePartsInTheirTable(String html, String expected) {
        assertThat(clean(html)).isEqualTo(expected);
    }

    @Test
    void limitsNesting() {
        String deep = "<div>".repeat(10_000) + "deep" + "</div>".repeat(10_000);

        String clean = clean(deep);

        assertThat(clean).contains("deep");
        assertThat(clean.split("<div>", -1)).hasSize(OpenElements.MAX_DEPTH + 1);
    }

    @Test
    void dropsCharactersNoDocumentShouldHold() {
        assertThat(clean("a\u0000b\u0001c\u0085d\uFFFFe\uD800f\r\ng\rh")).isEqualTo("abcdef\ng\nh");
        assertThat(clean("<img alt=\"a\u0000b\" src=\"/x.png\">")).contains("alt=\"a\uFFFDb\"");
        assertThat(clean("\uD83D\uDCF0 news")).isEqualTo("\uD83D\uDCF0 news");
    }

    @Test
    void nothingVisibleGivesNull() {
        assertThat(clean("<p> \n&nbsp;</p><br><hr>")).isNull();
        assertThat(clean("<i>\u0085\uFFFF\uDC00</i>")).isNull();
        assertThat(clean("<img src=\"data:image/png;base64,AAAA\">")).isNull();
        assertThat(clean("<video><source src=\"/v.mp4\" type=\"video/mp4\"></video>"))
                .isEqualTo("<video controls=\"\"><source src=\"https://news.example.org/v.mp4\" type=\"video/mp4\"></video>");
        assertThat(clean("<video poster=\"/p.jpg\" controls=\"no\"></video>"))
                .isEqualTo("<video poster=\"https://news.example.org/p.jpg\" controls=\"\"></video>");
    }

    @Test
    void mailLinksOnlyWhereLinksGo() {
        assertThat(clean("<a href=\"mailto:desk@example.org\">mail</a><img src=\"mailto:desk@example.org\" alt=\"x\">"))
                .isEqualTo("<a href=\"mailto:desk@example.org\" rel=\"noopener noreferrer nofollow\">mail</a><img alt=\"x\">");
    }
}
