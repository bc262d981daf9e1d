package io.newsdesk.extract;

import static io.newsdesk.extract.Pages.page;
import static io.newsdesk.extract.Pages.prose;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Article;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The whole extraction on a realistic news page, and its body rules on small pages. */
class ArticleExtractorTest {

    private static final String URL =
            "https://coastal.example/news/2024/harbour-bridge-reopens?ref=home";
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    private static Article article;

    @BeforeAll
    static void extractNewsArticle() {
        article = EXTRACTOR.extract(Pages.read("news-article.html"), URL);
    }

    @Test
    void readsMetadataFromJsonLdFirst() {
        assertThat(article.title()).isEqualTo("Harbour bridge reopens after two-year repair");
        assertThat(article.dek())
                .isEqualTo("Commuters return to the crossing as engineers declare it safe");
        assertThat(article.byline()).containsExactly("Maria Costa", "Tom Reed");
        assertThat(article.published()).isEqualTo(Instant.parse("2024-03-05T07:30:00Z"));
        assertThat(article.modified()).isEqualTo(Instant.parse("2024-03-05T12:00:00Z"));
        assertThat(article.isArticle()).isTrue();
    }

    @Test
    void readsPageLevelFields() {
        assertThat(article.language()).isEqualTo("en-GB");
        assertThat(article.canonicalUrl())
                .isEqualTo("https://coastal.example/news/2024/harbour-bridge-reopens");
        assertThat(article.siteName()).isEqualTo("The Coastal Times");
        assertThat(article.leadImage()).isEqualTo("https://coastal.example/images/bridge-lead.jpg");
    }

    @Test
    void keepsEveryParagraphOfTheBodyInOrder() {
        assertThat(article.text())
                .startsWith("The harbour bridge reopened to traffic on Tuesday morning")
                .endsWith("the bridge itself is expected to stay open throughout.")
                .containsSubsequence("Engineers replaced forty steel sections",
                        "A costly closure", "Local businesses say",
                        "Forty steel sections were replaced",
                        "“It feels like the city has been stitched back together,”",
                        "The repair cost 48 million euros", "43,500",
                        "Officials said a second phase")
                .contains("\n\nA costly closure\n\n");
    }

    @Test
    void leavesOutEverythingThatIsNotTheArticle() {
        assertThat(article.text()).doesNotContain(
                "cookies", "Sport", "Weather", "Share on", "Related stories",
                "City budget approved", "Reader comment", "newsletter", "Most read",
                "sidebar story", "All rights reserved", "tracking", "By Maria Costa",
                "Harbour bridge reopens after two-year repair");
        assertThat(article.html()).doesNotContain("script", "cookie", "Share on", "<h1");
    }

    @Test
    void keepsTheBodysStructureInHtml() {
        assertThat(article.html())
                .contains("<h2>A costly closure</h2>")
                .contains("<li>Forty steel sections were replaced during the repair.</li>")
                .contains("<blockquote><p>“It feels like")
                .contains("<figure>", "<figcaption>Cars crossing the reopened bridge on"
                        + " Tuesday.</figcaption>")
                .contains("<th>Daily crossings</th>");
    }

    @Test
    void captionsStayInHtmlButNotInText() {
        assertThat(article.text()).doesNotContain("Cars crossing the reopened bridge");
    }

    @Test
    void lazyImagesGetTheirRealSourceAndUrlsAreAbsolute() {
        assertThat(article.html())
                .contains("src=\"https://coastal.example/images/bridge-open.jpg\"")
                .contains("src=\"https://coastal.example/images/approach-large.jpg\"")
                .contains("href=\"https://coastal.example/news/2022/bridge-grant\"")
                .doesNotContain("data:image", "data-src", "srcset");
    }

    @Test
    void theBodyIsFoundWhereverTheMarkupPutsIt() {
        String html = page("", "<div id=wrapper><div class=col>"
                + "<div class=nav-links><a href=/a>Home</a> <a href=/b>World</a></div>"
                + "<div class=x>" + prose("First") + prose("Second") + prose("Third") + "</div>"
                + "<div class=y><p><a href=/c>Another story</a></p><p><a href=/d>And another"
                + " one</a></p></div></div></div>");

        Article result = EXTRACTOR.extract(html, "https://news.example/story");

        assertThat(result.text()).startsWith("First,").contains("Second,").endsWith("for article text.")
                .doesNotContain("Home", "Another story");
    }

    @Test
    void textLooseBetweenBreaksIsBodyText() {
        String html = page("", "<div class=main>The mayor announced the plan on Monday, saying"
                + " the city would act, and soon.<br><br>Critics said the plan came too late,"
                + " and that the money, once again, was not there.<br><br>"
                + "The council votes next week, on Thursday, in the town hall.</div>"
                + "<div class=links><a href=/x>More news from the city</a></div>");

        Article result = EXTRACTOR.extract(html, "https://news.example/story");

        assertThat(result.text()).contains("The mayor announced the plan",
                "Critics said the plan", "The council votes next week").doesNotContain("More news");
    }

    @Test
    void relatedLinkClustersInsideParagraphsAreDropped() {
        String html = page("", "<article>" + prose("The senator spoke")
                + "<p>The senator <span class=people><a href=/p>Jane Roe</a><span class=pop>"
                + "<a href=/1>Roe wins vote</a> <a href=/2>Roe on budget</a> <a href=/3>More</a>"
                + "</span></span> said the bill, which passed, would help.</p>"
                + prose("Later on") + "</article>");

        Article result = EXTRACTOR.extract(html, "https://news.example/story");

        assertThat(result.text()).contains("The senator Jane Roe said the bill")
                .doesNotContain("Roe wins vote", "Roe on budget");
    }

    @Test
    void embeddedPostsAreQuotedContentNotShareBars() {
        String html = page("", "<article>" + prose("People reacted online") + "<div class="
                + "'social-media-embed'><blockquote class=twitter-tweet><p>This campaign is"
                + " real, and it cost half a million dollars.</p>— A. Reader (@reader)"
                + " <a href=https://twitter.example/s/1>November 18, 2019</a></blockquote></div>"
                + "<div class='social-share'><a href=/s>Share</a> <a href=/t>Tweet</a></div>"
                + prose("Officials defended it") + "</article>");

        Article result = EXTRACTOR.extract(html, "https://news.example/story");

        assertThat(result.text()).contains("This campaign is real").doesNotContain("Share");
    }

    @Test
    void articlesCutIntoBlocksOfOneTemplateAreGatheredWhole() {
        String part = "<section class=outer><div class=wrap><div class='post-text'>%s%s</div>"
                + "</div></section>";
        String html = page("", "<div class=page><div class=block>"
                + part.formatted(prose("First part"), prose("First part again"))
                + "</div><figure class=wide><img src=/a.jpg><figcaption>Wide</figcaption></figure>"
                + "<div class=media><div class=block>"
                + part.formatted(prose("Second part"), prose("Second part again"))
                + part.formatted(prose("Third part"), prose("Third part again"))
                + "</div></div></div><div class=footer-links><a href=/x>About us</a></div>");

        Article result = EXTRACTOR.extract(html, "https://news.example/story");

        assertThat(result.text()).containsSubsequence("First part", "Second part", "Third part")
                .doesNotContain("About us");
    }

    @Test
    void statedArticleBodyDecidesBetweenTwoCandidates() {
        String real = "Residents of the valley were evacuated on Sunday, as the river rose, and"
                + " the authorities opened three shelters in the schools of the town.";
        String statedBody = real + " More text follows in the article, about the forecast, the"
                + " dams, and the roads closed by the flood, which will take days to clear.";
        String other = "An unrelated feature about gardening, with tips, lists of plants, advice"
                + " on watering, and a long digression about soil that goes on and on.";
        String head = "<script type=application/ld+json>{\"@type\":\"NewsArticle\","
                + "\"articleBody\":\"" + statedBody + " " + statedBody + "\"}</script>";
        String html = page(head, "<div class=a><p>" + other + "</p><p>" + other + "</p><p>"
                + other + "</p></div><div class=b><p>" + real + "</p><p>" + real + "</p></div>");

        Article result = EXTRACTOR.extract(html, "https://news.example/story");

        assertThat(result.text()).contains("Residents of the valley").doesNotContain("gardening");
    }
}
