package io.newsdesk.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.feeds.FeedService;
import io.newsdesk.service.feeds.OpmlImportResult;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.api.OpmlApi;
import io.newsdesk.web.http.BodyLimits;
import io.newsdesk.web.http.CurrentUser;
import io.newsdesk.web.ui.Notice;

/** The feeds page's OPML forms: importing an uploaded file, downloading the subscriptions. */
public final class OpmlPages implements RouteGroup {

    /** Where the import form posts; it takes uploads, so it has the larger body limit. */
    public static final String IMPORT_PATH = "/opml/import";

    private static final String FEEDS = "/feeds";

    private final FeedService feeds;
    private final BodyLimits limits;

    public OpmlPages(FeedService feeds, BodyLimits limits) {
        this.feeds = feeds;
        this.limits = limits;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post(IMPORT_PATH, this::importFile);
        routes.get("/opml/export", this::export);
    }

    /**
     * Imports the uploaded file and returns to the feeds page with what happened. A file that is
     * not OPML is a notice there too, not an error page: the reader only has to pick another file.
     */
    private void importFile(Context ctx) {
        UploadedFile file = ctx.isMultipartFormData() ? limits.uploadedFile(ctx, "file") : null;
        if (file == null || file.size() == 0) {
            Notices.redirect(ctx, FEEDS, Notice.error("Choose an OPML file to import."));
            return;
        }
        byte[] opml = limits.readUpload(file.content());
        OpmlImportResult result;
        try {
            result = feeds.importOpml(CurrentUser.id(ctx), opml, ProgressListener.NONE);
        } catch (NewsdeskException e) {
            if (e.kind() != NewsdeskException.Kind.INVALID) {
                throw e;
            }
            Notices.redirect(ctx, FEEDS, Notice.error(e.getMessage()));
            return;
        }
        // Feeds whose first check failed are subscribed all the same; the list marks them failing.
        Notices.redirect(ctx, FEEDS, Notice.opmlImported(result.subscribed(), result.rejected().size()));
    }

    private void export(Context ctx) {
        ctx.contentType(OpmlApi.CONTENT_TYPE)
                .header("Content-Disposition", "attachment; filename=\"newsdesk.opml\"")
                .result(feeds.exportOpml(CurrentUser.id(ctx)));
    }
}
