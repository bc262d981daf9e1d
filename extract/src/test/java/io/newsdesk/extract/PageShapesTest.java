package io.newsdesk.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Article;
import org.junit.jupiter.api.Test;

/**
 * Pages of shapes the benchmark corpus has few or none of, written for these tests: the extractor
 * must tell articles from other pages on them too, and keep each article's text and only it.
 */
class PageShapesTest {

    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private static Extraction extract(String name) {
        return EXTRACTOR.extractDetailed(Pages.read("shapes/" + name), "https://site.example/" + name);
    }

    @Test
    void aBlogPostIsAnArticleWithoutItsSidebarOrShareLinks() {
        Extraction extraction = extract("blog-post.html");
        Article article = extraction.article();

        assertThat(extraction.status()).isEqualTo(ExtractionStatus.ARTICLE);
        assertThat(article.title()).isEqualTo("Why I switched my garden to rainwater");
        assertThat(article.byline()).containsExactly("Marta Kowalski");
        assertThat(article.text()).startsWith("Three summers ago").contains("What it cost")
                .endsWith("try one barrel this year.")
                .doesNotContain("Recent posts", "Slugs, again", "Share:", "Powered by");
    }

    @Test
    void aSectionFrontIsNoArticleAndSaysWhy() {
        Extraction extraction = extract("section-front.html");

        assertThat(extraction.status()).isEqualTo(ExtractionStatus.NOT_AN_ARTICLE);
        assertThat(extraction.detail()).contains("list of links");
        assertThat(extraction.article().isArticle()).isFalse();
        assertThat(extraction.article().text()).contains("Port operator raises tariffs");
    }

    @Test
    void aVideoPageIsNoArticleAndSaysWhy() {
        Extraction extraction = extract("video-page.html");

        assertThat(extraction.status()).isEqualTo(ExtractionStatus.NOT_AN_ARTICLE);
        assertThat(extraction.detail()).contains("video page");
        assertThat(extraction.article().title()).isEqualTo("Watch: flood water pours through the high street");
    }

    @Test
    void aPaywallStubIsNoArticleAndSaysWhy() {
        Extraction extraction = extract("paywall-stub.html");

        assertThat(extraction.status()).isEqualTo(ExtractionStatus.NOT_AN_ARTICLE);
        assertThat(extraction.detail()).contains("paywall");
        assertThat(extraction.article().byline()).containsExactly("Ruth Okafor");
        assertThat(extraction.article().text()).startsWith("The council faces a shortfall");
    }

    @Test
    void anArticleWithCommentsKeepsTheArticleAndDropsTheComments() {
        Extraction extraction = extract("comments.html");

        assertThat(extraction.status()).isEqualTo(ExtractionStatus.ARTICLE);
        assertThat(extraction.article().text()).startsWith("For forty years")
                .endsWith("keep the fox's corner free.")
                .doesNotContain("14 comments", "exam season", "card catalogue", "Post comment");
    }

    @Test
    void aLiveBlogIsAnArticleWithEveryUpdate() {
        Extraction extraction = extract("live-blog.html");

        assertThat(extraction.status()).isEqualTo(ExtractionStatus.ARTICLE);
        assertThat(extraction.article().text()).contains("Turnout highest since 1992", "first seat to declare",
                        "Counting is under way", "Ballot boxes from the islands", "Polls have closed")
                .doesNotContain("Get the results in your inbox");
        assertThat(extraction.article().modified()).hasToString("2026-11-27T01:10:00Z");
    }
}
