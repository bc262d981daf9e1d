package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class FeedsTemplateTest {

    private final Document page = Templates.feeds(Samples.feedsPage());

    private Element row(long id) {
        return page.selectFirst("[data-feed-row][data-feed-id=" + id + "]");
    }

    @Test
    void listsEveryFeedWithTitleUrlCategoryAndCounts() {
        Element row = row(1);

        assertThat(page.select("[data-feed-row]")).hasSize(4);
        assertThat(row.select(".feed__title a").text()).isEqualTo("City Desk");
        assertThat(row.select(".feed__title a").attr("href")).isEqualTo("/feeds/1/entries");
        assertThat(row.select(".feed__url code").text()).isEqualTo("https://site.example/1/feed.xml");
        assertThat(row.select(".tag").text()).isEqualTo("News");
        assertThat(row.select(".feed__stats dd").eachText()).startsWith("3", "40");
    }

    @Test
    void healthyFeedShowsWhenItWasAndWillBeChecked() {
        Element row = row(1);

        assertThat(row.select(".feed__stats time").eachText()).containsExactly("5 minutes ago", "in 25 minutes");
        assertThat(row.select(".feed__problem")).isEmpty();
    }

    @Test
    void failingFeedShowsItsErrorsInAWarning() {
        Element problem = row(2).selectFirst(".feed__problem");

        assertThat(row(2).hasClass("feed--failing")).isTrue();
        assertThat(problem.hasClass("callout--warning")).isTrue();
        assertThat(problem.text()).contains("3 checks failed in a row (HTTP 404).");
        assertThat(problem.select(".feed__error").text()).isEqualTo("HTTP 404 Not Found from https://site.example/feed.xml");
        assertThat(page.select(".callout--warning").first().text()).startsWith("2 feeds need attention");
    }

    @Test
    void disabledFeedSaysSoAndHasNoNextCheck() {
        Element row = row(3);

        assertThat(row.hasClass("feed--disabled")).isTrue();
        assertThat(row.select(".feed__problem").text()).contains("Disabled.").contains("410 Gone");
        assertThat(row.select(".feed__stats dt").eachText()).doesNotContain("Next check");
    }

    @Test
    void localFeedCannotBeRefreshedButCanBeRemoved() {
        Element row = row(4);

        assertThat(row.select(".feed__status").text()).startsWith("Local feed");
        assertThat(row.select("form[data-action=refresh-feed]")).isEmpty();
        assertThat(row.select("form[data-action=remove-feed]")).hasSize(1);
    }

    @Test
    void refreshAndRemoveArePostFormsWithApiCounterparts() {
        Element refresh = row(1).selectFirst("form[data-action=refresh-feed]");
        Element remove = row(1).selectFirst("details form[data-action=remove-feed]");

        assertThat(refresh.attr("method")).isEqualTo("post");
        assertThat(refresh.attr("action")).isEqualTo("/feeds/1/refresh");
        assertThat(refresh.attr("data-api-url")).isEqualTo("/api/v1/feeds/1/refresh");
        assertThat(remove.attr("action")).isEqualTo("/feeds/1/delete");
        assertThat(remove.attr("data-api-method")).isEqualTo("DELETE");
        assertThat(remove.attr("data-api-url")).isEqualTo("/api/v1/feeds/1");
        assertThat(remove.select("button").text()).isEqualTo("Remove feed and its 40 entries");
    }

    @Test
    void hostileFeedTitlesAreEscapedEverywhere() {
        String html = Templates.render("pages/feeds.jte", Samples.feedsPage());

        assertThat(html).doesNotContain("<script>alert");
        assertThat(row(2).select(".feed__title a").text()).isEqualTo(Samples.HOSTILE_TITLE);
        assertThat(row(2).select("form[data-action=refresh-feed]").attr("data-feed-title")).isEqualTo(Samples.HOSTILE_TITLE);
    }

    @Test
    void addFeedFormPostsUrlAndOptionalCategoryWithSuggestions() {
        Element form = page.selectFirst("form[action=/feeds]");

        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.select("input[name=url]").attr("type")).isEqualTo("url");
        assertThat(form.select("input[name=url]").hasAttr("required")).isTrue();
        assertThat(form.select("input[name=category]").hasAttr("required")).isFalse();
        assertThat(page.select("datalist#feed-categories option").eachAttr("value")).containsExactly("News");
        assertThat(form.select(".field__error")).isEmpty();
    }

    @Test
    void rejectedAddFeedKeepsTheInputAndShowsTheErrorNextToIt() {
        var rejected = AddFeedForm.rejected("htp://bad", "Tech", "This is not a web address: use http:// or https://.");
        Document document = Templates.feeds(new FeedsPage(Samples.layout(Nav.FEEDS), List.of(), rejected));

        Element url = document.selectFirst("#feed-url");
        assertThat(url.val()).isEqualTo("htp://bad");
        assertThat(url.attr("aria-invalid")).isEqualTo("true");
        assertThat(url.attr("aria-describedby")).isEqualTo("feed-url-error");
        assertThat(document.select("#feed-url-error").text()).isEqualTo("This is not a web address: use http:// or https://.");
        assertThat(document.select("#feed-category").val()).isEqualTo("Tech");
    }

    @Test
    void opmlImportUploadsMultipartAndExportIsALink() {
        Element form = page.selectFirst("form[action=/opml/import]");

        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("enctype")).isEqualTo("multipart/form-data");
        assertThat(form.select("input[type=file]").attr("name")).isEqualTo("file");
        assertThat(page.select("main a[href=/opml/export]")).hasSize(1);
    }

    @Test
    void noFeedsSuggestsWhatToDo() {
        Document document = Templates.feeds(new FeedsPage(Samples.layout(Nav.FEEDS), List.of(), null));

        assertThat(document.select(".empty-state").text()).contains("newsdesk demo").contains("import");
    }
}
