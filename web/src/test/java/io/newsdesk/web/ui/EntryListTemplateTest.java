package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class EntryListTemplateTest {

    private final Document page = Templates.entries(
            Samples.unreadList(List.of(Samples.hostile(1), Samples.aggregatorTeaser(2)), 5, true));

    @Test
    void titlesAreEscapedNotInterpreted() {
        String html = Templates.render("pages/entries.jte",
                Samples.unreadList(List.of(Samples.hostile(1)), 1, true));

        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain("<script>alert");
        assertThat(Templates.entries(Samples.unreadList(List.of(Samples.hostile(1)), 1, true))
                .select("#entry-1-title a").text()).isEqualTo(Samples.HOSTILE_TITLE);
    }

    @Test
    void cardLinksToTheEntryAndNamesItsSourceAndFeed() {
        Element card = page.selectFirst("[data-entry-card][data-entry-id=2]");

        assertThat(card.select("[data-entry-link]").attr("href")).isEqualTo("/entries/2");
        assertThat(card.select(".meta__source").text()).isEqualTo("The Wire");
        assertThat(card.select(".meta__via a").attr("href")).isEqualTo("/feeds/7/entries");
        assertThat(card.select(".meta__via").text()).isEqualTo("via City Desk");
    }

    @Test
    void cardShowsMonthPrecisionAgeAndTheAggregatorCountWithALabel() {
        Element card = page.selectFirst("[data-entry-id=2]");

        assertThat(card.select("time").text()).isEqualTo("11 months ago");
        assertThat(card.select("time").attr("datetime")).isEqualTo("2025-12");
        assertThat(card.select("time").attr("title")).isEqualTo("December 2025");
        assertThat(card.select(".count [aria-hidden=true]").text()).isEqualTo("28");
        assertThat(card.select(".count .visually-hidden").text()).isEqualTo("Aggregator count: 28");
    }

    @Test
    void cardShowsTheDekAsSnippetAndMarksTeasers() {
        Element teaser = page.selectFirst("[data-entry-id=2]");
        Element full = page.selectFirst("[data-entry-id=1]");

        assertThat(teaser.select(".entry-card__snippet").text()).isEqualTo("Revenue rose on demand for AI accelerators.");
        assertThat(teaser.select(".tag--teaser").text()).isEqualTo("Teaser");
        assertThat(full.select(".tag--teaser")).isEmpty();
    }

    @Test
    void readAndStarControlsArePostFormsThatTheScriptCanSendToTheApi() {
        Element card = page.selectFirst("[data-entry-id=2]");
        Element read = card.selectFirst("form[data-action=toggle-read]");
        Element star = card.selectFirst("form[data-action=toggle-star]");

        assertThat(read.attr("method")).isEqualTo("post");
        assertThat(read.attr("action")).isEqualTo("/entries/2/read");
        assertThat(read.attr("data-api-method")).isEqualTo("PATCH");
        assertThat(read.attr("data-api-url")).isEqualTo("/api/v1/entries/2");
        assertThat(read.select("input[name=read]").val()).isEqualTo("true");
        assertThat(read.select("input[name=return_to]").val()).isEqualTo("/");
        assertThat(read.select("button").text()).isEqualTo("Mark read");

        assertThat(star.attr("action")).isEqualTo("/entries/2/star");
        assertThat(star.select("input[name=starred]").val()).isEqualTo("false");
        assertThat(star.select("button").attr("aria-pressed")).isEqualTo("true");
    }

    @Test
    void readEntriesOfferMarkUnreadAndHideTheUnreadMarker() {
        var read = Samples.stored(9, Samples.entry().build(), true, false);
        Element card = Templates.entries(Samples.unreadList(List.of(read), 1, true)).selectFirst("[data-entry-id=9]");

        assertThat(card.hasClass("is-read")).isTrue();
        assertThat(card.select("[data-unread-marker]").hasAttr("hidden")).isTrue();
        assertThat(card.select("form[data-action=toggle-read] input[name=read]").val()).isEqualTo("false");
        assertThat(card.select("form[data-action=toggle-read] button").text()).isEqualTo("Mark unread");
    }

    @Test
    void unsafeOriginalLinksAreLeftOutAndSafeOnesOpenInANewTab() {
        assertThat(page.select("[data-entry-id=1] [data-original-link]")).isEmpty();

        Element original = page.selectFirst("[data-entry-id=2] [data-original-link]");
        assertThat(original.attr("href")).isEqualTo("https://wire.example/chips");
        assertThat(original.attr("rel")).isEqualTo("noopener noreferrer");
        assertThat(original.attr("target")).isEqualTo("_blank");
    }

    @Test
    void markPageReadListsOnlyTheUnreadEntriesShown() {
        var read = Samples.stored(9, Samples.entry().build(), true, false);
        Document document = Templates.entries(Samples.unreadList(List.of(Samples.hostile(1), read), 2, true));

        Element form = document.selectFirst("form[data-action=mark-page-read]");
        assertThat(form.attr("action")).isEqualTo("/entries/mark-read");
        assertThat(form.attr("data-api-method")).isEqualTo("PUT");
        assertThat(form.attr("data-api-url")).isEqualTo("/api/v1/entries/read");
        assertThat(form.select("input[name=ids]").eachAttr("value")).containsExactly("1");
    }

    @Test
    void pagingLinksCarryTheOffsetAndTheListsOwnQuery() {
        List<EntryCard> cards = List.of(EntryCard.from(Samples.hostile(1), Samples.TIME));
        var page = EntryListPage.of(Samples.layout(Nav.ALL), EntryListKind.ALL, cards, new Paging(20, 20, 45), true);
        Document document = Templates.entries(page);

        assertThat(document.select("a[rel=prev]").attr("href")).isEqualTo("/?status=all");
        assertThat(document.select("a[rel=next]").attr("href")).isEqualTo("/?status=all&offset=40");
        assertThat(document.select(".pager__position").text()).isEqualTo("21–40 of 45 entries");
        assertThat(document.select("form[data-action=toggle-read] input[name=return_to]").val())
                .isEqualTo("/?status=all&offset=20");
    }

    @Test
    void aSinglePageHasNoPager() {
        Document document = Templates.entries(Samples.unreadList(List.of(Samples.hostile(1)), 1, true));

        assertThat(document.select(".pager")).isEmpty();
    }

    @Test
    void emptyListWithoutFeedsTellsHowToGetStarted() {
        Document document = Templates.entries(Samples.unreadList(List.of(), 0, false));

        Element empty = document.selectFirst(".empty-state");
        assertThat(empty.select("h2").text()).isEqualTo("No feeds yet");
        assertThat(empty.select("a").eachAttr("href")).contains("/feeds#add-feed", "/feeds#import");
        assertThat(empty.select("code").text()).isEqualTo("newsdesk demo");
        assertThat(document.select("form[data-action=mark-page-read]")).isEmpty();
    }

    @Test
    void emptyUnreadListWithFeedsSaysAllCaughtUp() {
        Document document = Templates.entries(Samples.unreadList(List.of(), 0, true));

        assertThat(document.select(".empty-state h2").text()).isEqualTo("All caught up");
        assertThat(document.select(".empty-state a").attr("href")).isEqualTo("/?status=all");
    }

    @Test
    void emptyStarredListExplainsStarring() {
        var page = EntryListPage.of(Samples.layout(Nav.STARRED), EntryListKind.STARRED, List.of(), new Paging(0, 20, 0), true);

        assertThat(Templates.entries(page).select(".empty-state h2").text()).isEqualTo("No starred entries");
    }

    @Test
    void pageBeyondTheEndLinksBackToTheFirstPage() {
        var page = EntryListPage.of(Samples.layout(Nav.UNREAD), EntryListKind.UNREAD, List.of(), new Paging(500, 20, 45), true);
        Document document = Templates.entries(page);

        assertThat(document.select(".empty-state h2").text()).isEqualTo("Nothing on this page");
        assertThat(document.select(".empty-state a").attr("href")).isEqualTo("/");
        assertThat(document.select("a[rel=prev]").attr("href")).isEqualTo("/?offset=25");
    }

    @Test
    void feedListIsHeadedByTheFeedAndPagesWithinIt() {
        List<EntryCard> cards = List.of(EntryCard.from(Samples.hostile(1), Samples.TIME));
        var page = EntryListPage.forFeed(Samples.layout(Nav.FEEDS), 7, "City Desk", cards, new Paging(0, 1, 3));
        Document document = Templates.entries(page);

        assertThat(document.select("h1").text()).isEqualTo("City Desk");
        assertThat(document.select("a[rel=next]").attr("href")).isEqualTo("/feeds/7/entries?offset=1");
        Element markFeed = document.selectFirst("form[action=/feeds/7/mark-read]");
        assertThat(markFeed.attr("method")).isEqualTo("post");
        assertThat(markFeed.select("input[name=return_to]").val()).isEqualTo("/feeds/7/entries");
    }

    @Test
    void onlyFeedListsOfferToMarkTheWholeFeedRead() {
        assertThat(page.select("form[action$=/mark-read]").eachAttr("action")).containsExactly("/entries/mark-read");
    }
}
