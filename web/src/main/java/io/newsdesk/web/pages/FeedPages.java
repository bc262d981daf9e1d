package io.newsdesk.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsdesk.domain.Feed;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.entries.EntryService;
import io.newsdesk.service.feeds.FeedService;
import io.newsdesk.service.feeds.RefreshOutcome;
import io.newsdesk.service.fulltext.FullTextService;
import io.newsdesk.store.FeedSummary;
import io.newsdesk.store.FullTextMode;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.CurrentUser;
import io.newsdesk.web.http.RequestParams;
import io.newsdesk.web.http.ServiceErrors;
import io.newsdesk.web.ui.AddFeedForm;
import io.newsdesk.web.ui.FeedRow;
import io.newsdesk.web.ui.FeedsPage;
import io.newsdesk.web.ui.Nav;
import io.newsdesk.web.ui.Notice;
import io.newsdesk.web.ui.Plural;
import io.newsdesk.web.ui.TimeContext;
import java.time.Clock;
import java.util.List;

/** The feeds page and its forms: add, check now, remove, mark all read, full text. */
public final class FeedPages implements RouteGroup {

    private static final String FEEDS = "/feeds";

    private final FeedService feeds;
    private final EntryService entries;
    private final FullTextService fullText;
    private final Layouts layouts;
    private final PageRenderer pages;
    private final Clock clock;

    public FeedPages(FeedService feeds, EntryService entries, FullTextService fullText, Layouts layouts,
            PageRenderer pages, Clock clock) {
        this.feeds = feeds;
        this.entries = entries;
        this.fullText = fullText;
        this.layouts = layouts;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(FEEDS, ctx -> show(ctx, 200, AddFeedForm.empty()));
        routes.post(FEEDS, this::add);
        routes.post("/feeds/{id}/refresh", this::refresh);
        routes.post("/feeds/{id}/delete", this::remove);
        routes.post("/feeds/{id}/mark-read", this::markRead);
        routes.post("/feeds/{id}/full-text", this::setFullText);
    }

    private void show(Context ctx, int status, AddFeedForm form) {
        TimeContext time = TimeContext.of(clock);
        List<FeedRow> rows = feeds.list(CurrentUser.id(ctx)).stream()
                .map(summary -> FeedRow.from(summary.feed(), summary.unread(), summary.total(), summary.fullText(), time))
                .toList();
        pages.feeds(ctx, status, new FeedsPage(layouts.of(ctx, "Feeds", Nav.FEEDS, null), rows, form));
    }

    /**
     * Subscribes, then shows the list with a notice. A refusal (bad URL, not a feed, already
     * subscribed) shows the form again with the reader's input and the reason, so nothing typed is
     * lost.
     */
    private void add(Context ctx) {
        String url = RequestParams.formText(ctx, "url");
        String category = RequestParams.formText(ctx, "category");
        if (url == null) {
            show(ctx, 400, AddFeedForm.rejected(
                    null, category, "Enter the address of a feed, or of a site that has one."));
            return;
        }
        Feed feed;
        try {
            feed = feeds.add(CurrentUser.id(ctx), url, category);
        } catch (NewsdeskException e) {
            if (e.kind() == NewsdeskException.Kind.INTERNAL) {
                throw e;
            }
            show(ctx, ServiceErrors.status(e.kind()), AddFeedForm.rejected(url, category, e.getMessage()));
            return;
        }
        Notices.redirect(ctx, FEEDS, Notice.success("Subscribed to " + FeedTitles.of(feed) + "."));
    }

    private void refresh(Context ctx) {
        long user = CurrentUser.id(ctx);
        long id = RequestParams.pathId(ctx, "id");
        RefreshOutcome outcome = feeds.refresh(user, id);
        String title = FeedTitles.of(feeds.get(user, id).feed());
        Notices.redirect(ctx, ReturnTo.of(ctx, FEEDS), refreshNotice(title, outcome));
    }

    static Notice refreshNotice(String title, RefreshOutcome outcome) {
        return switch (outcome.status()) {
            case FAILED -> Notice.warning("Checking " + title + " failed: " + outcome.error());
            case DEFERRED -> Notice.info(title + " was not checked: " + outcome.error() + ".");
            case NOT_MODIFIED -> Notice.info(title + " has not changed since the last check.");
            case UPDATED -> outcome.inserted() == 0
                    ? Notice.info("No new entries in " + title + ".")
                    : Notice.success(Plural.of(outcome.inserted(), "new entry", "new entries") + " in " + title + ".");
        };
    }

    private void remove(Context ctx) {
        long user = CurrentUser.id(ctx);
        long id = RequestParams.pathId(ctx, "id");
        FeedSummary summary = feeds.get(user, id);
        feeds.remove(user, id);
        Notices.redirect(ctx, FEEDS, Notice.success("Unsubscribed from " + FeedTitles.of(summary.feed()) + "."));
    }

    private void setFullText(Context ctx) {
        long user = CurrentUser.id(ctx);
        long id = RequestParams.pathId(ctx, "id");
        FullTextMode mode = FullTextService.mode(RequestParams.formText(ctx, "mode"));
        fullText.setMode(user, id, mode);
        String title = FeedTitles.of(feeds.get(user, id).feed());
        String effect = switch (mode) {
            case AUTO -> "Newsdesk decides from its entries whether to fetch full articles.";
            case ON -> "Newsdesk fetches the full article of its new entries and its latest ones.";
            case OFF -> "Newsdesk no longer fetches full articles for it.";
        };
        Notices.redirect(ctx, ReturnTo.of(ctx, FEEDS), Notice.success(title + ": " + effect));
    }

    private void markRead(Context ctx) {
        long user = CurrentUser.id(ctx);
        long id = RequestParams.pathId(ctx, "id");
        String title = FeedTitles.of(feeds.get(user, id).feed());
        int updated = entries.markFeedRead(user, id);
        Notices.redirect(ctx, ReturnTo.of(ctx, "/feeds/" + id + "/entries"),
                Notice.success("Marked " + Plural.of(updated, "entry", "entries") + " in " + title + " read."));
    }
}
