package io.newsdesk.web.pages;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import io.javalin.http.Context;
import io.newsdesk.web.ui.ArticlePage;
import io.newsdesk.web.ui.EntryListPage;
import io.newsdesk.web.ui.ErrorPage;
import io.newsdesk.web.ui.FeedsPage;
import io.newsdesk.web.ui.LoginPage;
import io.newsdesk.web.ui.SearchPage;
import io.newsdesk.web.ui.SettingsPage;
import io.newsdesk.web.ui.UsersPage;

/**
 * Renders the UI's page models with their precompiled jte templates. One method per page model,
 * so a page cannot be rendered with another page's template.
 */
public final class PageRenderer {

    private static final String HTML = "text/html; charset=utf-8";

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    /** An entry list (unread, all, starred, one feed's). */
    public void entries(Context ctx, EntryListPage page) {
        render(ctx, 200, "pages/entries.jte", page);
    }

    /** One entry in full. */
    public void article(Context ctx, ArticlePage page) {
        render(ctx, 200, "pages/article.jte", page);
    }

    /**
     * The feeds page.
     *
     * @param status 200, or the status of a failed "Add feed" attempt the page reports
     */
    public void feeds(Context ctx, int status, FeedsPage page) {
        render(ctx, status, "pages/feeds.jte", page);
    }

    /** The search page. */
    public void search(Context ctx, SearchPage page) {
        render(ctx, 200, "pages/search.jte", page);
    }

    /**
     * The sign-in page.
     *
     * @param status 200, or the status of a failed attempt the page reports
     */
    public void login(Context ctx, int status, LoginPage page) {
        render(ctx, status, "pages/login.jte", page);
    }

    /**
     * The user's settings.
     *
     * @param status 200, or the status of a failed change the page reports
     */
    public void settings(Context ctx, int status, SettingsPage page) {
        render(ctx, status, "pages/settings.jte", page);
    }

    /**
     * The administrators' list of users.
     *
     * @param status 200, or the status of a failed attempt to add one the page reports
     */
    public void users(Context ctx, int status, UsersPage page) {
        render(ctx, status, "pages/users.jte", page);
    }

    /** An error page, answered with the page's status. */
    public void error(Context ctx, ErrorPage page) {
        render(ctx, page.status(), "pages/error.jte", page);
    }

    private void render(Context ctx, int status, String template, Object page) {
        // Rendered in full before anything is sent, so a template failure still yields an error page.
        Utf8ByteOutput output = new Utf8ByteOutput();
        engine.render(template, page, output);
        ctx.status(status).contentType(HTML).result(output.toByteArray());
    }
}
