package io.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Article;
import io.newsdesk.extract.teaser.NotTeaserTextException;
import io.newsdesk.extract.teaser.TeaserText;
import java.time.Instant;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/**
 * No input makes either entry point throw anything but its documented checked exception. The
 * extractor is called without the safety net its public methods have against bugs, so that a
 * bug fails here instead of being logged and hidden.
 */
class ExtractionRobustnessTest {

    @Property(tries = 300)
    void extractingArbitraryTextNeverThrows(@ForAll @StringLength(max = 2000) String text) {
        assertWellFormed(ArticleExtractor.extractStrictly(text, "https://example.org/a/b"));
        assertWellFormed(ArticleExtractor.extractStrictly(text, null));
    }

    @Property(tries = 300)
    void extractingMarkupSoupNeverThrows(@ForAll("markupSoup") String html) {
        assertWellFormed(ArticleExtractor.extractStrictly(html, "https://example.org/a/b"));
    }

    @Property(tries = 300)
    void extractingArbitraryBytesNeverThrows(@ForAll byte[] body,
            @ForAll("contentTypes") String contentType) {
        assertWellFormed(ArticleExtractor.extractStrictly(body, contentType, "not a url at all"));
    }

    @Property(tries = 300)
    void teaserParsingOnlyEverRejectsWithItsCheckedException(
            @ForAll("teaserSoup") String text) {
        try {
            assertThat(TeaserText.parse(text, Instant.parse("2026-11-28T10:00:00Z")).title())
                    .isNotBlank();
        } catch (NotTeaserTextException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    private static void assertWellFormed(Extraction extraction) {
        Article article = extraction.article();
        assertThat(article.text()).isNotNull();
        assertThat(article.byline()).doesNotContainNull();
        assertThat(extraction.status()).isNotEqualTo(ExtractionStatus.FAILED);
        assertThat(extraction.status() == ExtractionStatus.ARTICLE).isEqualTo(article.isArticle());
        assertThat(extraction.detail() == null).isEqualTo(article.isArticle() && !extraction.truncated());
    }

    /** Fragments of real page markup in random order and nesting, broken or not. */
    @Provide
    Arbitrary<String> markupSoup() {
        Arbitrary<String> fragment = Arbitraries.of(
                "<html lang='x_Y'>", "<head>", "<body>", "<div class='article-body'>", "</div>",
                "<p>", "</p>", "Some words, with commas, ", "<a href='/x'>link</a>",
                "<a href='javascript:alert(1)'>", "<img data-src='//cdn/x.jpg' srcset=',, 2x'>",
                "<noscript><img src='y.jpg'></noscript>", "<script>var x = '</div>';</script>",
                "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":",
                "[{\"@id\":\"#a\"}]}</script>", "<meta property='og:title' content='&amp;&#x;'>",
                "<meta charset='utf-16'>", "<time datetime='2024-13-45T99:99'>",
                "<h1>Title</h1>", "<h2><a href=/s>Linked</a></h2>", "<table><tr><td>",
                "<ul><li>", "<figure><figcaption>cap</figcaption>", "<!--", "-->", "<![CDATA[",
                "&nbsp;", "\u0000", "\uFEFF", "<base href='::bad'>", "<link rel=canonical href=' '>",
                "<section class='comments share related'>", "<div hidden>", "<span style=display:none>",
                "<br><br>", "<br/>", "<pre>  code  </pre>", "<svg><title>t</title></svg>");
        return fragment.list().ofMaxSize(60).map(parts -> String.join("", parts));
    }

    @Provide
    Arbitrary<String> contentTypes() {
        return Arbitraries.of(null, "", "text/html", "text/html; charset=utf-8",
                "text/html; charset=\"nonsense", "text/html;charset=utf-16", "text/plain",
                "application/octet-stream", "image/png", ";;;", "text/html; charset=");
    }

    /** Lines that look like parts of a teaser, and some that do not, in any order. */
    @Provide
    Arbitrary<String> teaserSoup() {
        Arbitrary<String> line = Arbitraries.oneOf(
                Arbitraries.of("Headline", "11 months ago 28", "3h ago", "yesterday",
                        "9999 years ago 99999999999", "Jul 28, 2023", "Source: Reuters",
                        "via X", "Read more »", "Read Entire Article", "", "  ", "\r",
                        "\u00a0", "\uFEFF", "<p>", "A sentence of body text.",
                        "A standfirst without a full stop"),
                Arbitraries.strings().ofMaxLength(400));
        return line.list().ofMaxSize(12).map(lines -> String.join("\n", lines));
    }
}
