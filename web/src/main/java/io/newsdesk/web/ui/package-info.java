/**
 * The web UI's page models and the pure formatting helpers its jte templates use.
 *
 * <p>Each page template ({@code src/main/jte/pages/*.jte}) takes exactly one page-model record
 * ({@link io.newsdesk.web.ui.EntryListPage}, {@link io.newsdesk.web.ui.ArticlePage},
 * {@link io.newsdesk.web.ui.FeedsPage}, {@link io.newsdesk.web.ui.SearchPage},
 * {@link io.newsdesk.web.ui.ErrorPage}); every page model carries a
 * {@link io.newsdesk.web.ui.Layout} for the shared frame. Models hold display-ready values (text,
 * formatted times, vetted URLs) so the templates stay free of logic and the pages can be rendered
 * and tested without a server.
 *
 * <p>Templates are precompiled by the jte Maven plugin into package
 * {@code gg.jte.generated.precompiled}; render them with
 * {@code TemplateEngine.createPrecompiled(ContentType.Html)} and a template name such as
 * {@code "pages/entries.jte"}.
 */
package io.newsdesk.web.ui;
