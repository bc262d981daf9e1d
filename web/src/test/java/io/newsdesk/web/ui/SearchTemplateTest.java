package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SearchTemplateTest {

    private final Document page = Templates.search(Samples.searchPage());

    @Test
    void showsTheQueryAndTheTotal() {
        assertThat(page.select("#search-q").val()).isEqualTo("tram");
        assertThat(page.select("#site-search-q").val()).isEqualTo("tram");
        assertThat(page.select(".search-summary").text()).isEqualTo("3 entries match tram.");
    }

    @Test
    void insertsHighlightsAsHtmlKeepingTheIndexesEscaping() {
        Element first = page.selectFirst(".result[data-entry-id=5]");

        assertThat(first.select(".result__title mark").text()).isEqualTo("tram");
        assertThat(first.select(".result__title a").attr("href")).isEqualTo("/entries/5");
        assertThat(first.select(".result__snippet mark")).hasSize(1);
        assertThat(first.select(".result__snippet").text()).startsWith("<b> The");
        assertThat(first.select(".result__snippet b")).isEmpty();
    }

    @Test
    void showsSourceAndAgePerHitAndCopesWithMissingFields() {
        Element first = page.selectFirst(".result[data-entry-id=5]");
        Element bare = page.selectFirst(".result[data-entry-id=6]");

        assertThat(first.select(".meta__source").text()).isEqualTo("City Desk");
        assertThat(first.select("time").text()).isEqualTo("2 days ago");
        assertThat(bare.select(".result__title a").text()).isEqualTo("Untitled entry");
        assertThat(bare.select(".result__snippet, time, .meta__source")).isEmpty();
    }

    @Test
    void pagesWithTheQueryEncoded() {
        var layout = new Layout("Search", 0, Samples.CSRF, null, Nav.NONE, "a&b c");
        Document document = Templates.search(new SearchPage(layout, "a&b c", Samples.searchPage().results(), new Paging(2, 2, 5)));

        assertThat(document.select("a[rel=next]").attr("href")).isEqualTo("/search?q=a%26b+c&offset=4");
        assertThat(document.select("a[rel=prev]").attr("href")).isEqualTo("/search?q=a%26b+c");
        assertThat(document.select("ol.results").attr("start")).isEqualTo("3");
    }

    @Test
    void noMatchesSaysSoAndEscapesTheQuery() {
        String query = "<script>x</script>";
        var layout = new Layout("Search", 0, Samples.CSRF, null, Nav.NONE, query);
        String html = Templates.render("pages/search.jte", new SearchPage(layout, query, List.of(), new Paging(0, 20, 0)));

        assertThat(html).doesNotContain("<script>x");
        assertThat(Templates.search(new SearchPage(layout, query, List.of(), new Paging(0, 20, 0)))
                .select(".empty-state").text()).isEqualTo("No entries match <script>x</script>. Try fewer or other words, or check the spelling.");
    }

    @Test
    void blankSearchShowsOnlyTheFormAndAHint() {
        Document document = Templates.search(SearchPage.blank(Samples.layout(Nav.NONE), 20));

        assertThat(document.select(".result")).isEmpty();
        assertThat(document.select(".search-summary")).isEmpty();
        assertThat(document.select("main p.muted").text()).contains("Put a phrase in quotes");
    }
}
