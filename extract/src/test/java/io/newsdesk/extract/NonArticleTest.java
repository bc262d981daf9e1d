package io.newsdesk.extract;

import static io.newsdesk.extract.Pages.page;
import static io.newsdesk.extract.Pages.prose;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Article;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** Pages that are not articles are recognised, and returned with what they have. */
class NonArticleTest {

    private static final String URL = "https://news.example/section/world";
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    @Test
    void aSectionFrontOfLinkedHeadlinesIsNoArticle() {
        StringBuilder teasers = new StringBuilder();
        for (int i = 1; i <= 8; i++) {
            teasers.append("<div class=card><h3><a href=/story/").append(i)
                    .append(">Headline number ").append(i).append(" about the world today</a>")
                    .append("</h3><p>A one-sentence summary of story ").append(i)
                    .append(", with a comma, to tempt the reader.</p></div>");
        }
        String html = page("<title>World news</title>", "<div class=stories>" + teasers + "</div>");

        Article article = EXTRACTOR.extract(html, URL);

        assertThat(article.isArticle()).isFalse();
        assertThat(article.title()).isEqualTo("World news");
        assertThat(article.text()).contains("A one-sentence summary of story 1");
    }

    @Test
    void aListicleWithLinkedSubheadsIsAnArticle() {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= 5; i++) {
            items.append("<h2><a href=/product/").append(i).append(">Gadget ").append(i)
                    .append("</a></h2>").append(prose("Gadget " + i + " is worth it"))
                    .append(prose("Its battery lasts"));
        }
        String html = page("<title>The best gadgets</title>", "<article>" + items + "</article>");

        assertThat(EXTRACTOR.extract(html, URL).isArticle()).isTrue();
    }

    @Test
    void aPageOfNavigationOnlyIsNoArticle() {
        String html = page("", "<div><a href=/a>Home</a> <a href=/b>World</a> <a href=/c>Sport"
                + "</a> <a href=/d>Business</a> <a href=/e>Culture</a></div>");

        assertThat(EXTRACTOR.extract(html, URL).isArticle()).isFalse();
    }

    @Test
    void aVideoPageWithACaptionIsNoArticle() {
        String head = "<meta property=og:type content=video.other>"
                + "<meta property=og:title content='Watch: the storm hits the coast'>";
        String body = "<div class=player><video src=/v.mp4></video></div>"
                + prose("Footage shows waves breaking over the sea wall");

        Article article = EXTRACTOR.extract(page(head, body), URL);

        assertThat(article.isArticle()).isFalse();
        assertThat(article.title()).isEqualTo("Watch: the storm hits the coast");
    }

    @Test
    void aPaywallStubIsNoArticle() {
        String head = "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                + "\"headline\":\"Markets fall\",\"isAccessibleForFree\":\"False\"}</script>";
        String body = "<article>" + prose("Stocks fell sharply on Monday") + prose("Investors")
                + "<div class=paywall-prompt>Subscribe to continue reading.</div></article>";

        Article article = EXTRACTOR.extract(page(head, body), URL);

        assertThat(article.isArticle()).isFalse();
        assertThat(article.text()).startsWith("Stocks fell sharply on Monday");
    }

    @Test
    void aShortPageThatDeclaresItselfAnArticleIsOne() {
        String head = "<meta property=og:type content=article>";
        String body = "<article>" + prose("A short news item") + prose("Second paragraph")
                + "</article>";

        assertThat(EXTRACTOR.extract(page(head, body), URL).isArticle()).isTrue();
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"   ", "just some plain text, no markup at all", "{\"json\": true}",
        "\u0000\u0001binary<html>"})
    void inputThatIsNotHtmlGivesAnEmptyNonArticle(String input) {
        Article article = EXTRACTOR.extract(input, URL);

        assertThat(article.isArticle()).isFalse();
        assertThat(article.text()).isEmpty();
        assertThat(article.html()).isNull();
        assertThat(article.title()).isNull();
        assertThat(article.byline()).isEmpty();
    }

    @Test
    void bodiesOfOtherMediaTypesAreNotRead() {
        byte[] html = page("<title>Hi</title>", prose("Text")).getBytes(StandardCharsets.UTF_8);

        assertThat(EXTRACTOR.extract(html, "image/png", URL).title()).isNull();
        assertThat(EXTRACTOR.extract(html, "application/pdf", URL).isArticle()).isFalse();
        assertThat(EXTRACTOR.extract(new byte[0], "text/html", URL).isArticle()).isFalse();
        assertThat(EXTRACTOR.extract((byte[]) null, "text/html", URL).isArticle()).isFalse();
        assertThat(EXTRACTOR.extract(html, "text/plain", URL).title()).isEqualTo("Hi");
    }
}
