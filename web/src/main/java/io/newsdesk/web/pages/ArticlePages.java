package io.newsdesk.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.service.entries.EntryService;
import io.newsdesk.service.fulltext.FullTextService;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.CurrentUser;
import io.newsdesk.web.http.RequestParams;
import io.newsdesk.web.ui.ArticlePage;
import io.newsdesk.web.ui.ArticleView;
import io.newsdesk.web.ui.Nav;
import io.newsdesk.web.ui.Notice;
import io.newsdesk.web.ui.TimeContext;
import java.time.Clock;

/**
 * {@code GET /entries/{id}}: one entry in full (with the article fetched from its page, when there
 * is one); opening it marks it read. {@code POST /entries/{id}/full-text} asks for its page now.
 */
public final class ArticlePages implements RouteGroup {

    private final EntryService entries;
    private final FullTextService fullText;
    private final Layouts layouts;
    private final PageRenderer pages;
    private final Clock clock;

    public ArticlePages(
            EntryService entries, FullTextService fullText, Layouts layouts, PageRenderer pages, Clock clock) {
        this.entries = entries;
        this.fullText = fullText;
        this.layouts = layouts;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/entries/{id}", this::show);
        routes.post("/entries/{id}/full-text", this::fetchFullText);
    }

    private void show(Context ctx) {
        long id = RequestParams.pathId(ctx, "id");
        // Marked read before the frame is built, so the unread count already leaves it out.
        long user = CurrentUser.id(ctx);
        StoredEntry entry = entries.update(user, id, true, null);
        ArticleView article = ArticleView.from(entry, fullText.get(user, id).orElse(null), TimeContext.of(clock));
        // Neighbours stay empty until the service can tell an entry's place in a list.
        ArticlePage page = new ArticlePage(
                layouts.of(ctx, article.title(), Nav.NONE, null), article, null, null, ListLinks.backToList(ctx));
        pages.article(ctx, page);
    }

    private void fetchFullText(Context ctx) {
        long id = RequestParams.pathId(ctx, "id");
        fullText.fetchNow(CurrentUser.id(ctx), id);
        Notices.redirect(ctx, "/entries/" + id,
                Notice.info("Fetching the full article. Reload the page in a moment to read it."));
    }
}
