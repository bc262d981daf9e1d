package io.newsdesk.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.feeds.FeedService;
import io.newsdesk.service.json.JsonShapes;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.BodyLimits;
import io.newsdesk.web.http.CurrentUser;

/** {@code /api/v1/opml}: subscriptions in and out as OPML, the format every feed reader exchanges. */
public final class OpmlApi implements RouteGroup {

    /** Where OPML documents are posted; it takes uploads, so it has the larger body limit. */
    public static final String PATH = "/api/v1/opml";

    /** How OPML is served, here and for the UI's download. */
    public static final String CONTENT_TYPE = "application/xml; charset=utf-8";

    private final FeedService feeds;
    private final BodyLimits limits;

    public OpmlApi(FeedService feeds, BodyLimits limits) {
        this.feeds = feeds;
        this.limits = limits;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(PATH, this::export);
        routes.post(PATH, this::importOpml);
    }

    private void export(Context ctx) {
        ctx.contentType(CONTENT_TYPE).result(feeds.exportOpml(CurrentUser.id(ctx)));
    }

    private void importOpml(Context ctx) {
        byte[] opml = limits.readUpload(ctx);
        if (opml.length == 0) {
            throw new BadRequestResponse("the request body is empty: send an OPML document");
        }
        ctx.json(JsonShapes.opmlImport(feeds.importOpml(CurrentUser.id(ctx), opml, ProgressListener.NONE)));
    }
}
