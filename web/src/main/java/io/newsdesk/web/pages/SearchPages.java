package io.newsdesk.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsdesk.domain.Entry;
import io.newsdesk.service.search.SearchService;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.CurrentUser;
import io.newsdesk.web.http.RequestParams;
import io.newsdesk.web.ui.EntryCard;
import io.newsdesk.web.ui.Layout;
import io.newsdesk.web.ui.Nav;
import io.newsdesk.web.ui.Paging;
import io.newsdesk.web.ui.SearchPage;
import io.newsdesk.web.ui.SearchResultRow;
import io.newsdesk.web.ui.TimeContext;
import java.time.Clock;
import java.util.List;

/** {@code GET /search?q=&offset=}: full-text search of the reader's entries. */
public final class SearchPages implements RouteGroup {

    private final SearchService search;
    private final Layouts layouts;
    private final PageRenderer pages;
    private final Clock clock;

    public SearchPages(SearchService search, Layouts layouts, PageRenderer pages, Clock clock) {
        this.search = search;
        this.layouts = layouts;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/search", this::search);
    }

    private void search(Context ctx) {
        String query = RequestParams.queryText(ctx, "q");
        int offset = RequestParams.offset(ctx);
        if (query == null) {
            Layout layout = layouts.of(ctx, "Search", Nav.NONE, null);
            pages.search(ctx, SearchPage.blank(layout, EntryListPages.PAGE_SIZE));
            return;
        }
        SearchService.ResultPage found =
                search.search(CurrentUser.id(ctx), query, null, EntryListPages.PAGE_SIZE, offset);
        TimeContext time = TimeContext.of(clock);
        List<SearchResultRow> rows = found.results().stream().map(result -> row(result, time)).toList();
        Layout layout = layouts.of(ctx, "Search: " + query, Nav.NONE, query);
        Paging paging = new Paging(offset, EntryListPages.PAGE_SIZE, found.total());
        pages.search(ctx, new SearchPage(layout, query, rows, paging));
    }

    private static SearchResultRow row(SearchService.Result result, TimeContext time) {
        Entry entry = result.entry().entry();
        // The card names the outlet by the same rules the lists use.
        String source = EntryCard.from(result.entry(), time).sourceName();
        return SearchResultRow.of(result.entry().id(), result.titleHtml(), result.snippetHtml(), source,
                entry.published(), entry.publishedPrecision(), time);
    }
}
