package io.newsdesk.extract;

import static io.newsdesk.extract.Pages.page;
import static io.newsdesk.extract.Pages.prose;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Article;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Each field comes from the most trusted source that states it. */
class MetadataPrecedenceTest {

    private static final String URL = "https://www.daily.example/2024/05/story.html";
    private static final String BODY = "<article><h1>Visible headline of the story</h1>"
            + "<p class=byline>By Visible Writer</p><time datetime=2024-05-03T10:00:00Z>May 3"
            + "</time>" + prose("One") + prose("Two") + prose("Three") + "</article>";
    private static final String OPEN_GRAPH = "<meta property=og:title content='OG headline'>"
            + "<meta property=og:description content='OG description'>"
            + "<meta property=og:site_name content='The Daily'>"
            + "<meta property=og:image content='https://cdn.example/og.jpg'>"
            + "<meta property=og:url content='https://www.daily.example/og-url'>"
            + "<meta property=og:locale content='fr_CA'>"
            + "<meta property=article:published_time content='2024-05-02T09:00:00+02:00'>"
            + "<meta property=article:modified_time content='2024-05-02T11:00:00Z'>"
            + "<meta property=article:author content='https://facebook.example/og.author'>";
    private static final String OTHER_META = "<meta name=author content='Meta Author'>"
            + "<meta name=description content='Meta description'>"
            + "<meta name=parsely-pub-date content='2024-05-01T08:00:00Z'>"
            + "<meta name=parsely-title content='Parsely headline'>"
            + "<meta name=twitter:image content='/twitter.jpg'>";
    private static final String JSON_LD = "<script type='application/ld+json'>[{\"@type\":"
            + "\"WebPage\",\"name\":\"page\"},{\"@type\":[\"ReportageNewsArticle\"],"
            + "\"headline\":\"JSON-LD headline\",\"description\":\"JSON-LD description\","
            + "\"author\":{\"@type\":\"Person\",\"name\":\"Ada Lovelace\"},"
            + "\"datePublished\":\"2024-04-30T07:00:00Z\","
            + "\"dateModified\":\"2024-04-30T08:00:00Z\","
            + "\"image\":[\"https://cdn.example/ld.jpg\"],"
            + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"Daily Publishing\"}}]"
            + "</script>";

    private static Article extract(String head, String body) {
        return new ArticleExtractor().extract(page(head, body), URL);
    }

    @Test
    void jsonLdWinsOverEverything() {
        Article article = extract(OTHER_META + OPEN_GRAPH + JSON_LD, BODY);

        assertThat(article.title()).isEqualTo("JSON-LD headline");
        assertThat(article.dek()).isEqualTo("JSON-LD description");
        assertThat(article.byline()).containsExactly("Ada Lovelace");
        assertThat(article.published()).isEqualTo(Instant.parse("2024-04-30T07:00:00Z"));
        assertThat(article.modified()).isEqualTo(Instant.parse("2024-04-30T08:00:00Z"));
    }

    @Test
    void openGraphWinsOverOtherMetaAndThePage() {
        Article article = extract(OTHER_META + OPEN_GRAPH, BODY);

        assertThat(article.title()).isEqualTo("OG headline");
        assertThat(article.dek()).isEqualTo("OG description");
        assertThat(article.published()).isEqualTo(Instant.parse("2024-05-02T07:00:00Z"));
        assertThat(article.modified()).isEqualTo(Instant.parse("2024-05-02T11:00:00Z"));
        assertThat(article.leadImage()).isEqualTo("https://cdn.example/og.jpg");
        assertThat(article.canonicalUrl()).isEqualTo("https://www.daily.example/og-url");
        assertThat(article.siteName()).isEqualTo("The Daily");
        assertThat(article.language()).isEqualTo("fr-CA");
        // article:author is a profile URL, which names nobody: the next source decides.
        assertThat(article.byline()).containsExactly("Meta Author");
    }

    @Test
    void otherMetaTagsWinOverThePage() {
        Article article = extract(OTHER_META, BODY);

        assertThat(article.title()).isEqualTo("Parsely headline");
        assertThat(article.dek()).isEqualTo("Meta description");
        assertThat(article.published()).isEqualTo(Instant.parse("2024-05-01T08:00:00Z"));
        assertThat(article.leadImage()).isEqualTo("https://www.daily.example/twitter.jpg");
    }

    @Test
    void thePageItselfIsTheLastResort() {
        Article article = extract("<title>Visible headline of the story - The Daily</title>",
                BODY);

        assertThat(article.title()).isEqualTo("Visible headline of the story");
        assertThat(article.byline()).containsExactly("Visible Writer");
        assertThat(article.published()).isEqualTo(Instant.parse("2024-05-03T10:00:00Z"));
        assertThat(article.dek()).isNull();
        assertThat(article.modified()).isNull();
        assertThat(article.siteName()).isNull();
    }

    @Test
    void microdataIsReadBeforeTheVisiblePage() {
        String body = "<article itemscope itemtype=https://schema.org/NewsArticle>"
                + "<h1 itemprop=headline>Microdata headline</h1>"
                + "<span itemprop=author itemscope><span itemprop=name>Grace Hopper</span></span>"
                + "<meta itemprop=datePublished content=2024-01-02>"
                + "<div itemprop=articleBody>" + prose("One") + prose("Two") + "</div></article>";

        Article article = extract("", body);

        assertThat(article.title()).isEqualTo("Microdata headline");
        assertThat(article.byline()).containsExactly("Grace Hopper");
        assertThat(article.published()).isEqualTo(Instant.parse("2024-01-02T00:00:00Z"));
        assertThat(article.text()).startsWith("One,").doesNotContain("Grace Hopper");
    }

    @Test
    void jsonLdInAGraphWithReferencesIsFollowed() {
        String jsonLd = "<script type=application/ld+json>{\"@context\":\"https://schema.org\","
                + "\"@graph\":[{\"@type\":\"Organization\",\"@id\":\"#org\",\"name\":\"Org\"},"
                + "{\"@type\":\"Person\",\"@id\":\"#p1\",\"name\":\"Lin Chen\"},"
                + "{\"@type\":\"BlogPosting\",\"headline\":\"Graph headline\","
                + "\"author\":[{\"@id\":\"#p1\"},\"Sam Ortiz\"],\"publisher\":{\"@id\":\"#org\"},"
                + "\"image\":{\"@type\":\"ImageObject\",\"url\":\"/img/graph.jpg\"}}]}</script>";

        Article article = extract(jsonLd, BODY);

        assertThat(article.title()).isEqualTo("Graph headline");
        assertThat(article.byline()).containsExactly("Lin Chen", "Sam Ortiz");
        assertThat(article.siteName()).isEqualTo("Org");
        assertThat(article.leadImage()).isEqualTo("https://www.daily.example/img/graph.jpg");
    }

    @Test
    void brokenJsonLdIsSkippedAndSloppyJsonLdStillRead() {
        String broken = "<script type=application/ld+json>{\"@type\": \"NewsArticle\", "
                + "\"headline\": </script>";
        String sloppy = "<script type=application/ld+json><!--\n{'@type': 'NewsArticle',"
                + " \"headline\": \"Sloppy but\nreadable\", // a comment\n}\n--></script>";

        Article article = extract(broken + sloppy, BODY);

        assertThat(article.title()).isEqualTo("Sloppy but readable");
    }

    @Test
    void aBylineIsCleanedSplitAndDeduplicated() {
        String head = "<meta name=author content='By JANE DOE and John Smith, Jane Doe'>";

        assertThat(extract(head, BODY).byline()).containsExactly("JANE DOE", "John Smith");
    }

    @Test
    void languageComesFromTheHtmlElementFirst() {
        String html = "<html lang=pt-br><head><meta property=og:locale content=en_US></head>"
                + "<body>" + BODY + "</body></html>";

        assertThat(new ArticleExtractor().extract(html, URL).language()).isEqualTo("pt-BR");
    }

    @Test
    void withoutMetadataTheFirstLargeFigureIsTheLeadImage() {
        String body = "<article><img src=/icon.png width=16>" + prose("One")
                + "<figure><img src=/photos/big.jpg><figcaption>A photo</figcaption></figure>"
                + prose("Two") + "</article>";

        assertThat(extract("", body).leadImage())
                .isEqualTo("https://www.daily.example/photos/big.jpg");
    }
}
