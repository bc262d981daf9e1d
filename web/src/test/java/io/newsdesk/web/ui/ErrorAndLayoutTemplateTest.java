package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class ErrorAndLayoutTemplateTest {

    @Test
    void errorPageShowsStatusMessageAndTheWayHome() {
        Document document = Templates.error(ErrorPage.of(Samples.layout(Nav.NONE), 404, "No entry has id 99."));

        assertThat(document.select(".error-page__status").text()).isEqualTo("Error 404");
        assertThat(document.select("h1").text()).isEqualTo("Page not found");
        assertThat(document.select(".error-page p").eachText()).contains("No entry has id 99.");
        assertThat(document.select(".error-page a").attr("href")).isEqualTo("/");
    }

    @Test
    void errorMessagesAreEscaped() {
        String html = Templates.render("pages/error.jte", ErrorPage.of(Samples.layout(Nav.NONE), 400, "<b>bad</b>"));

        assertThat(html).contains("&lt;b&gt;bad&lt;/b&gt;");
    }

    @Test
    void layoutShowsNavigationWithTheUnreadCountAndMarksTheCurrentPage() {
        Document document = Templates.entries(Samples.unreadList(List.of(), 0, true));

        assertThat(document.select("nav[aria-label=Main] a").eachAttr("href")).containsExactly("/", "/starred", "/?status=all", "/feeds");
        assertThat(document.select("[data-unread-count]").text()).isEqualTo("12");
        assertThat(document.select("a[aria-current=page]").attr("href")).isEqualTo("/");
        assertThat(document.select("a[aria-current]")).hasSize(1);
        assertThat(document.title()).isEqualTo("(12) Unread · Newsdesk");
    }

    @Test
    void layoutHasAGetSearchBoxStylesheetAndDeferredScript() {
        Document document = Templates.error(Samples.errorPage());

        assertThat(document.select("header form[role=search]").attr("action")).isEqualTo("/search");
        assertThat(document.select("header form[role=search]").attr("method")).isEqualTo("get");
        assertThat(document.select("header input[name=q]").attr("type")).isEqualTo("search");
        assertThat(document.select("link[rel=stylesheet]").attr("href")).isEqualTo("/static/app.css");
        assertThat(document.select("meta[name=color-scheme]").attr("content")).isEqualTo("light dark");
    }

    @Test
    void noticeIsShownWithItsToneAndUrgency() {
        var layout = Samples.layout(Nav.FEEDS).withNotice(Notice.opmlImported(3, 1));
        Document document = Templates.feeds(new FeedsPage(layout, List.of(), null));

        var notice = document.selectFirst("[data-notices] .notice");
        assertThat(notice.text()).isEqualTo("3 feeds imported, 1 failed");
        assertThat(notice.hasClass("notice--warning")).isTrue();
        assertThat(notice.attr("role")).isEqualTo("alert");
    }

    @Test
    void successNoticeIsAPoliteStatus() {
        var layout = Samples.layout(Nav.FEEDS).withNotice(Notice.success("Feed added"));
        var notice = Templates.feeds(new FeedsPage(layout, List.of(), null)).selectFirst("[data-notices] .notice");

        assertThat(notice.text()).isEqualTo("Feed added");
        assertThat(notice.attr("role")).isEqualTo("status");
    }

    @Test
    void withoutANoticeTheAreaIsEmptyButPresentForTheScript() {
        Document document = Templates.error(Samples.errorPage());

        assertThat(document.select("[data-notices]")).hasSize(1);
        assertThat(document.select("[data-notices]").first().children()).isEmpty();
    }

    @Test
    void shortcutsHelpIsADialogListingTheKeysAndItsOpenerWaitsForTheScript() {
        Document document = Templates.error(Samples.errorPage());

        assertThat(document.select("dialog[data-shortcuts] kbd").eachText())
                .contains("j", "k", "o", "Enter", "m", "s", "/", "?", "Esc");
        assertThat(document.select("[data-open-shortcuts]").hasAttr("hidden")).isTrue();
    }
}
