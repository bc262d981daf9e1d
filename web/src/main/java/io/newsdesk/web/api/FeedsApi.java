package io.newsdesk.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsdesk.domain.Feed;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.entries.EntryService;
import io.newsdesk.service.feeds.FeedService;
import io.newsdesk.service.feeds.RefreshOutcome;
import io.newsdesk.service.fulltext.FullTextService;
import io.newsdesk.service.json.JsonShapes;
import io.newsdesk.store.FullTextMode;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.BodyLimits;
import io.newsdesk.web.http.CurrentUser;
import io.newsdesk.web.http.RequestParams;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/v1/feeds}: subscriptions, changing their settings (full text), checking them now,
 * enabling disabled ones, marking them read.
 */
public final class FeedsApi implements RouteGroup {

    private static final Set<String> NEW_FEED_FIELDS = Set.of("url", "category", "full_text");
    private static final Set<String> FEED_PATCH_FIELDS = Set.of("full_text");

    private final FeedService feeds;
    private final EntryService entries;
    private final FullTextService fullText;
    private final BodyLimits limits;

    public FeedsApi(FeedService feeds, EntryService entries, FullTextService fullText, BodyLimits limits) {
        this.feeds = feeds;
        this.entries = entries;
        this.fullText = fullText;
        this.limits = limits;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/v1/feeds", this::list);
        routes.post("/api/v1/feeds", this::add);
        routes.post("/api/v1/feeds/refresh", this::refreshAll);
        routes.get("/api/v1/feeds/{id}", this::get);
        routes.patch("/api/v1/feeds/{id}", this::update);
        routes.delete("/api/v1/feeds/{id}", this::remove);
        routes.post("/api/v1/feeds/{id}/refresh", this::refresh);
        routes.post("/api/v1/feeds/{id}/enable", this::enable);
        routes.post("/api/v1/feeds/{id}/mark-read", this::markRead);
    }

    private void list(Context ctx) {
        var summaries = feeds.list(CurrentUser.id(ctx));
        ctx.json(JsonShapes.page(summaries.size(), "feeds", summaries.stream().map(JsonShapes::feed).toList()));
    }

    private void add(Context ctx) {
        JsonBody body = JsonBody.read(ctx, limits).allowOnly(NEW_FEED_FIELDS);
        long user = CurrentUser.id(ctx);
        String url = body.requiredText("url");
        // Read before subscribing, so that a bad value subscribes to nothing.
        String mode = body.optionalText("full_text");
        FullTextMode fullTextMode = mode == null ? null : FullTextService.mode(mode);
        Feed feed = feeds.add(user, url, body.optionalText("category"));
        if (fullTextMode != null) {
            fullText.setMode(user, feed.id(), fullTextMode);
        }
        ctx.status(201)
                .header("Location", "/api/v1/feeds/" + feed.id())
                .json(JsonShapes.feed(feeds.get(user, feed.id())));
    }

    private void get(Context ctx) {
        ctx.json(JsonShapes.feed(feeds.get(CurrentUser.id(ctx), RequestParams.pathId(ctx, "id"))));
    }

    private void update(Context ctx) {
        long user = CurrentUser.id(ctx);
        long id = RequestParams.pathId(ctx, "id");
        JsonBody body = JsonBody.read(ctx, limits).allowOnly(FEED_PATCH_FIELDS);
        fullText.setMode(user, id, FullTextService.mode(body.requiredText("full_text")));
        ctx.json(JsonShapes.feed(feeds.get(user, id)));
    }

    private void remove(Context ctx) {
        feeds.remove(CurrentUser.id(ctx), RequestParams.pathId(ctx, "id"));
        ctx.status(204);
    }

    private void refresh(Context ctx) {
        ctx.json(JsonShapes.refresh(feeds.refresh(CurrentUser.id(ctx), RequestParams.pathId(ctx, "id"))));
    }

    private void enable(Context ctx) {
        ctx.json(JsonShapes.feed(feeds.enable(CurrentUser.id(ctx), RequestParams.pathId(ctx, "id"))));
    }

    private void refreshAll(Context ctx) {
        List<RefreshOutcome> outcomes = feeds.refreshAll(CurrentUser.id(ctx), ProgressListener.NONE);
        ctx.json(JsonShapes.page(outcomes.size(), "checks", outcomes.stream().map(JsonShapes::refresh).toList()));
    }

    private void markRead(Context ctx) {
        int updated = entries.markFeedRead(CurrentUser.id(ctx), RequestParams.pathId(ctx, "id"));
        ctx.json(Map.of("updated", updated));
    }
}
