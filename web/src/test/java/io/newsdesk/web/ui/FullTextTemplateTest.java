package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.store.FullText;
import io.newsdesk.store.FullTextMode;
import io.newsdesk.store.FullTextSetting;
import io.newsdesk.store.FullTextStatus;
import java.time.Duration;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The article page shows the fetched article with where it came from, or why there is none; feeds offer the setting. */
class FullTextTemplateTest {

    @Test
    void aFetchedArticleReplacesTheTeaserAndNamesItsSource() {
        Document document = Templates.article(Samples.articlePage(Samples.aggregatorTeaser(2), Samples.fetchedText(2)));

        assertThat(document.select(".article__content").html()).contains("The whole story of the <strong>record</strong> quarter.");
        Element note = document.selectFirst("[data-full-text=fetched]");
        assertThat(note.text()).isEqualTo("Full article from wire.example, fetched 5 minutes ago. The feed gives only part of it.");
        assertThat(note.selectFirst("a").attr("href")).isEqualTo("https://www.wire.example/news/chips");
        assertThat(document.select(".callout")).isEmpty();
        assertThat(document.select(".tag--teaser")).isEmpty();
        assertThat(document.select(".article__byline").text()).isEqualTo("By Rosa Kettering");
        assertThat(document.select(".article__lead-image img").attr("src")).isEqualTo("https://cdn.wire.example/chips.jpg");
        assertThat(document.selectFirst("a[data-original-link]").ownText()).isEqualTo("Open the original");
        assertThat(document.selectFirst("a[data-original-link]").attr("href")).isEqualTo("https://wire.example/chips");
    }

    @Test
    void theFeedsOwnBylineAndDateWinOverThePages() {
        Document document = Templates.article(Samples.articlePage(
                Samples.stored(3, Samples.entry().build(), false, false), Samples.fetchedText(3)));

        assertThat(document.select(".article__byline").text()).isEqualTo("By Ann Lee");
        assertThat(document.select(".article__meta time").first().attr("datetime")).isEqualTo("2026-11-28T11:05:00Z");
    }

    @Test
    void aFailedPageSaysWhyEscapedAndOffersAnotherTry() {
        Document document = Templates.article(Samples.articlePage(Samples.aggregatorTeaser(2), Samples.failedText(2)));

        Element callout = document.selectFirst("[data-full-text=failed]");
        assertThat(callout.hasClass("callout--warning")).isTrue();
        assertThat(callout.text()).startsWith(
                "Newsdesk could not fetch the full article from wire.example: the page is <b>image/png</b>, not HTML.");
        assertThat(callout.select("b")).isEmpty();
        Element form = callout.selectFirst("form[data-action=fetch-full-text]");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/entries/2/full-text");
        assertThat(form.select("input[name=_csrf]").val()).isEqualTo(Samples.CSRF);
        assertThat(form.select("button").text()).isEqualTo("Try again");
        assertThat(document.select(".tag--teaser")).hasSize(1);
    }

    @Test
    void anArticleOnItsWaySaysSoAndWhenTheNextTryIs() {
        FullText retrying = new FullText(2, FullTextStatus.RETRYING, "https://wire.example/chips", null, null, null,
                List.of(), null, null, null, null, Samples.NOW.minus(Duration.ofMinutes(1)), 503, "http_error",
                "HTTP 503 Service Unavailable", 1, Samples.NOW.plus(Duration.ofMinutes(9)));

        Document document = Templates.article(Samples.articlePage(Samples.aggregatorTeaser(2), retrying));

        Element callout = document.selectFirst("[data-full-text=coming]");
        assertThat(callout.text()).contains("Newsdesk is fetching the full article from wire.example")
                .contains("The last try failed: HTTP 503 Service Unavailable.")
                .contains("Next try in 9 minutes.");
        assertThat(document.select("form[data-action=fetch-full-text]")).isEmpty();
    }

    @Test
    void aTeaserWithoutAFullTextOffersToFetchIt() {
        Document document = Templates.article(Samples.articlePage(Samples.aggregatorTeaser(2)));

        assertThat(document.select(".callout").text()).contains("only the start of the article");
        assertThat(document.select("form[data-action=fetch-full-text] button").text()).isEqualTo("Fetch the full article");
    }

    @Test
    void eachFeedOffersTheThreeSettingsWithItsOwnSelected() {
        FeedRow row = FeedRow.from(Samples.feed(1, "City Desk", Samples.healthy(), false), 3, 40,
                new FullTextSetting(FullTextMode.AUTO, true, "9 of the 10 latest entries are teasers", Samples.NOW),
                Samples.TIME);
        FeedRow never = FeedRow.from(Samples.feed(2, "Blog", Samples.healthy(), false), 0, 1,
                new FullTextSetting(FullTextMode.OFF, null, null, null), Samples.TIME);

        Document document = Templates.feeds(new FeedsPage(Samples.layout(Nav.FEEDS), List.of(row, never), null));

        Element form = document.selectFirst("[data-feed-id=1] form[data-action=set-full-text]");
        assertThat(form.attr("action")).isEqualTo("/feeds/1/full-text");
        assertThat(form.select("input[name=_csrf]").val()).isEqualTo(Samples.CSRF);
        assertThat(form.select("select[name=mode] option").eachAttr("value")).containsExactly("auto", "on", "off");
        assertThat(form.select("option[selected]").val()).isEqualTo("auto");
        assertThat(form.selectFirst("label").attr("for")).isEqualTo(form.selectFirst("select").id());
        assertThat(form.select(".feed__full-text-state").text())
                .isEqualTo("Fetching full articles: 9 of the 10 latest entries are teasers.");
        assertThat(document.select("[data-feed-id=2] option[selected]").val()).isEqualTo("off");
        assertThat(document.select("[data-feed-id=2] .feed__full-text-state").text())
                .isEqualTo("Newsdesk shows the entries as the feed gives them.");
    }
}
