package io.newsdesk.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.service.entries.EntryService;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.CurrentUser;
import io.newsdesk.web.http.RequestParams;
import io.newsdesk.web.ui.ArticlePage;
import io.newsdesk.web.ui.ArticleView;
import io.newsdesk.web.ui.Nav;
import io.newsdesk.web.ui.TimeContext;
import java.time.Clock;

/** {@code GET /entries/{id}}: one entry in full; opening it marks it read. */
public final class ArticlePages implements RouteGroup {

    private final EntryService entries;
    private final Layouts layouts;
    private final PageRenderer pages;
    private final Clock clock;

    public ArticlePages(EntryService entries, Layouts layouts, PageRenderer pages, Clock clock) {
        this.entries = entries;
        this.layouts = layouts;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/entries/{id}", this::show);
    }

    private void show(Context ctx) {
        long id = RequestParams.pathId(ctx, "id");
        // Marked read before the frame is built, so the unread count already leaves it out.
        StoredEntry entry = entries.update(CurrentUser.id(ctx), id, true, null);
        ArticleView article = ArticleView.from(entry, TimeContext.of(clock));
        // Neighbours stay empty until the service can tell an entry's place in a list.
        ArticlePage page = new ArticlePage(
                layouts.of(ctx, article.title(), Nav.NONE, null), article, null, null, ListLinks.backToList(ctx));
        pages.article(ctx, page);
    }
}
