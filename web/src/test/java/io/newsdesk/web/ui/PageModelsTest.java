package io.newsdesk.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageModelsTest {

    @Test
    void documentTitleLeadsWithTheUnreadCount() {
        assertThat(new Layout("Feeds", 3, "t", null, Nav.FEEDS, null).documentTitle()).isEqualTo("(3) Feeds · Newsdesk");
        assertThat(new Layout("Feeds", 0, "t", null, Nav.FEEDS, null).documentTitle()).isEqualTo("Feeds · Newsdesk");
        assertThat(new Layout("", 0, "t", null, null, null).documentTitle()).isEqualTo("Newsdesk");
    }

    @Test
    void onlyTheActiveNavigationEntryIsCurrent() {
        Layout layout = new Layout("Starred", 0, "t", null, Nav.STARRED, null);

        assertThat(layout.ariaCurrent(Nav.STARRED)).isEqualTo("page");
        assertThat(layout.ariaCurrent(Nav.UNREAD)).isNull();
    }

    @Test
    void listKindsDecideHeadingAndPaths() {
        var all = EntryListPage.of(Samples.layout(Nav.ALL), EntryListKind.ALL, List.of(), new Paging(40, 20, 100), true);

        assertThat(all.heading()).isEqualTo("All entries");
        assertThat(all.currentHref()).isEqualTo("/?status=all&offset=40");
        assertThatIllegalArgumentException().isThrownBy(() ->
                EntryListPage.of(Samples.layout(Nav.FEEDS), EntryListKind.FEED, List.of(), new Paging(0, 20, 0), true));
    }

    @Test
    void errorPagesNameTheStatusAndExplainItWhenNoMessageIsGiven() {
        ErrorPage notFound = ErrorPage.of(Samples.layout(Nav.NONE), 404, null);
        ErrorPage failure = ErrorPage.of(Samples.layout(Nav.NONE), 502, " ");

        assertThat(notFound.heading()).isEqualTo("Page not found");
        assertThat(notFound.message()).contains("nothing at this address");
        assertThat(failure.heading()).isEqualTo("Something went wrong");
        assertThat(failure.message()).contains("Try again");
    }

    @Test
    void searchPageTrimsTheQueryAndKnowsWhenThereIsNone() {
        SearchPage page = new SearchPage(Samples.layout(Nav.NONE), "  tram ", List.of(), new Paging(0, 20, 0));

        assertThat(page.query()).isEqualTo("tram");
        assertThat(page.hasQuery()).isTrue();
        assertThat(page.baseHref()).isEqualTo("/search?q=tram");
        assertThat(SearchPage.blank(Samples.layout(Nav.NONE), 20).hasQuery()).isFalse();
    }

    @Test
    void trustedHtmlRefusesNull() {
        assertThat(TrustedHtml.ofNullable(null)).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> new TrustedHtml(null));
    }
}
