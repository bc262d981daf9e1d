package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.DatePrecision;
import io.newsdesk.domain.Enclosure;
import io.newsdesk.domain.Source;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleTemplateTest {

    @Test
    void insertsTheSanitizedContentAsHtml() {
        Document document = Templates.article(Samples.articlePage(Samples.stored(42, Samples.entry().build(), false, false)));

        Element content = document.selectFirst(".article__content");
        assertThat(content.select("p strong").text()).isEqualTo("31 to 12");
        assertThat(content.text()).isEqualTo("The council voted 31 to 12 for the line.");
    }

    @Test
    void fallsBackToTheSummaryWhenThereIsNoContent() {
        var entry = Samples.entry().content(null).build();
        Document document = Templates.article(Samples.articlePage(Samples.stored(42, entry, false, false)));

        assertThat(document.select(".article__content p")).hasSize(2);
    }

    @Test
    void escapesPlainTextFields() {
        String html = Templates.render("pages/article.jte", Samples.articlePage(Samples.hostile(42)));
        Document document = Templates.article(Samples.articlePage(Samples.hostile(42)));

        assertThat(document.select("h1").text()).isEqualTo(Samples.HOSTILE_TITLE);
        assertThat(document.select(".article__dek").text()).isEqualTo("Dek with <b>tags</b> & \"quotes\"");
        assertThat(document.select(".article__dek b")).isEmpty();
        assertThat(document.select(".article__source .meta__source").text()).isEqualTo("<img src=x onerror=alert(3)>");
        assertThat(document.select(".tag").eachText()).contains("\" onmouseover=\"alert(5)");
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
    }

    @Test
    void dropsUnsafeUrlsAndMalformedLanguage() {
        Document document = Templates.article(Samples.articlePage(Samples.hostile(42)));

        assertThat(document.select(".article__original")).isEmpty();
        assertThat(document.select(".article__lead-image")).isEmpty();
        assertThat(document.select(".article__source .meta__source a")).isEmpty();
        assertThat(document.select(".enclosures")).isEmpty();
        assertThat(document.selectFirst("article[data-article]").hasAttr("lang")).isFalse();
    }

    @Test
    void readEntireArticleLinkOpensTheOriginalSafelyInANewTab() {
        Document document = Templates.article(Samples.articlePage(Samples.stored(42, Samples.entry().build(), false, false)));

        Element link = document.selectFirst(".article__original a");
        assertThat(link.ownText()).isEqualTo("Read entire article");
        assertThat(link.attr("href")).isEqualTo("https://news.example/tram");
        assertThat(link.attr("rel")).isEqualTo("noopener noreferrer");
        assertThat(link.attr("target")).isEqualTo("_blank");
    }

    @Test
    void showsFeedBylineDateWithPrecisionAndRelativeAge() {
        var entry = Samples.entry()
                .author("Bo Chan")
                .published(Instant.parse("2026-11-25T00:00:00Z"), DatePrecision.DAY)
                .language("de-DE")
                .build();
        Document document = Templates.article(Samples.articlePage(Samples.stored(42, entry, false, false)));

        assertThat(document.select(".article__source a").first().attr("href")).isEqualTo("/feeds/7/entries");
        assertThat(document.select(".article__byline").text()).isEqualTo("By Ann Lee and Bo Chan");
        assertThat(document.select(".article__meta time").first().text()).isEqualTo("25 Nov 2026");
        assertThat(document.select(".article__meta time").first().attr("datetime")).isEqualTo("2026-11-25");
        assertThat(document.select(".article__meta .muted").text()).isEqualTo("(3 days ago)");
        assertThat(document.selectFirst("article[data-article]").attr("lang")).isEqualTo("de-DE");
    }

    @Test
    void showsEnclosuresWithPlayersCategoriesAndLeadImage() {
        var entry = Samples.entry()
                .enclosure(new Enclosure("https://cdn.example/ep1.mp3", "audio/mpeg", 61_000_000L))
                .enclosure(new Enclosure("https://cdn.example/clip.webm", null, null))
                .enclosure(new Enclosure("https://cdn.example/report.pdf", "application/pdf", 2_400_000L))
                .imageUrl("https://cdn.example/lead.jpg")
                .category("Transport")
                .category("City")
                .build();
        Document document = Templates.article(Samples.articlePage(Samples.stored(42, entry, false, false)));

        assertThat(document.select(".enclosure audio").attr("src")).isEqualTo("https://cdn.example/ep1.mp3");
        assertThat(document.select(".enclosure audio").attr("preload")).isEqualTo("none");
        assertThat(document.select(".enclosure video").attr("src")).isEqualTo("https://cdn.example/clip.webm");
        assertThat(document.select(".enclosure--file a").text()).isEqualTo("report.pdf");
        assertThat(document.select(".enclosure--audio .enclosure__details").text()).isEqualTo("(audio/mpeg, 61 MB)");
        assertThat(document.select(".article__categories .tag").eachText()).containsExactly("Transport", "City");
        assertThat(document.select(".article__lead-image img").attr("src")).isEqualTo("https://cdn.example/lead.jpg");
    }

    @Test
    void marksTeasersAndShowsTheAggregatorCount() {
        Document document = Templates.article(Samples.articlePage(Samples.aggregatorTeaser(2)));

        assertThat(document.select(".callout").text()).contains("only the start of the article");
        assertThat(document.select(".count .visually-hidden").text()).isEqualTo("Aggregator count: 28");
        assertThat(document.select(".article__meta time").first().text()).isEqualTo("December 2025");
        assertThat(document.select(".article__source .meta__source a").attr("href")).isEqualTo("https://wire.example/");
    }

    @Test
    void readAndStarFormsReturnToTheArticle() {
        Document document = Templates.article(Samples.articlePage(Samples.aggregatorTeaser(2)));

        Element read = document.selectFirst("article form[data-action=toggle-read]");
        assertThat(read.attr("action")).isEqualTo("/entries/2/read");
        assertThat(read.select("input[name=return_to]").val()).isEqualTo("/entries/2");
        assertThat(document.select("article form[data-action=toggle-star] button").attr("aria-pressed")).isEqualTo("true");
    }

    @Test
    void previousAndNextNavigation() {
        Document document = Templates.article(Samples.articlePage(Samples.aggregatorTeaser(2)));

        assertThat(document.select("[data-nav=previous]").attr("href")).isEqualTo("/entries/41");
        assertThat(document.select("[data-nav=next]").attr("href")).isEqualTo("/entries/43");
        assertThat(document.select(".article-pager a:not([data-nav])").attr("href")).isEqualTo("/");
    }

    @Test
    void firstEntryHasNoPreviousLinkAndForeignBackLinksGoHome() {
        var view = ArticleView.from(Samples.aggregatorTeaser(2), Samples.TIME);
        Document document = Templates.article(new ArticlePage(Samples.layout(Nav.NONE), view, null, 3L, "https://evil.example/"));

        assertThat(document.select("[data-nav=previous]")).isEmpty();
        assertThat(document.select(".article-pager a:not([data-nav])").attr("href")).isEqualTo("/");
    }

    @Test
    void namesTheSourceSeparatelyOnlyWhenItDiffersFromTheFeed() {
        var sameAsFeed = Samples.entry().source(new Source("City Desk", "https://city.example/")).build();
        Document document = Templates.article(Samples.articlePage(Samples.stored(42, sameAsFeed, false, false)));

        assertThat(document.select(".article__source .meta__source")).isEmpty();
    }
}
