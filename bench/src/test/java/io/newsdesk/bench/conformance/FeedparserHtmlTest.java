package io.newsdesk.bench.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Newsdesk's sanitized HTML in feedparser's serialization style. */
class FeedparserHtmlTest {

    @Test
    void voidElementsCloseAndAttributesAreSorted() {
        assertThat(FeedparserHtml.style("<p>a<br>b<img src=\"http://e/i.png\" alt=\"x > y\"></p>"))
                .isEqualTo("<p>a<br />b<img alt=\"x > y\" src=\"http://e/i.png\" /></p>");
    }

    @Test
    void onlyTheReadersLinkPolicyIsDropped() {
        assertThat(FeedparserHtml.style("<a href=\"http://e/\" rel=\"noopener noreferrer nofollow\">e</a>"))
                .isEqualTo("<a href=\"http://e/\">e</a>");
        assertThat(FeedparserHtml.style("<a rel=\"tag\" href=\"http://e/\">e</a>"))
                .isEqualTo("<a href=\"http://e/\" rel=\"tag\">e</a>");
    }

    @Test
    void aSelfClosedElementIsItsStartTagAloneAsFeedparserWritesIt() {
        assertThat(FeedparserHtml.style("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"9\"><circle r=\"1\" cx=\"2\"/></svg>"))
                .isEqualTo("<svg width=\"9\" xmlns=\"http://www.w3.org/2000/svg\"><circle cx=\"2\" r=\"1\"></svg>");
    }

    @Test
    void textAndReferencesAreLeftAlone() {
        assertThat(FeedparserHtml.style("1 &lt; 2 &amp;&gt; <!-- c --> <b>x</b>")).isEqualTo("1 &lt; 2 &amp;&gt; <!-- c --> <b>x</b>");
        assertThat(FeedparserHtml.style("plain")).isEqualTo("plain");
        assertThat(FeedparserHtml.style(null)).isNull();
    }
}
