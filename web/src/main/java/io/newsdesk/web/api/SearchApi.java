package io.newsdesk.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsdesk.service.entries.EntryService;
import io.newsdesk.service.fulltext.FullTextService;
import io.newsdesk.service.json.JsonShapes;
import io.newsdesk.service.search.SearchService;
import io.newsdesk.store.FullText;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.CurrentUser;
import io.newsdesk.web.http.RequestParams;
import java.util.Map;

/** {@code GET /api/v1/search}: full-text search with highlighted titles and snippets. */
public final class SearchApi implements RouteGroup {

    private final SearchService search;
    private final FullTextService fullText;

    public SearchApi(SearchService search, FullTextService fullText) {
        this.search = search;
        this.fullText = fullText;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/v1/search", this::search);
    }

    private void search(Context ctx) {
        SearchService.ResultPage page = search.search(
                CurrentUser.id(ctx),
                RequestParams.requiredQueryText(ctx, "q"),
                RequestParams.queryId(ctx, "feed"),
                RequestParams.limit(ctx, EntriesApi.DEFAULT_LIMIT, EntryService.MAX_LIMIT),
                RequestParams.offset(ctx));
        Map<Long, FullText> texts = fullText.of(page.results().stream().map(result -> result.entry().id()).toList());
        ctx.json(JsonShapes.page(page.total(), "results", page.results().stream()
                .map(result -> JsonShapes.searchResult(result, texts.get(result.entry().id())))
                .toList()));
    }
}
