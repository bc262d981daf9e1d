package io.newsdesk.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.newsdesk.service.entries.EntryService;
import io.newsdesk.service.fulltext.FullTextService;
import io.newsdesk.service.imports.ImportService;
import io.newsdesk.service.imports.ImportedFile;
import io.newsdesk.service.json.JsonShapes;
import io.newsdesk.store.FullText;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.BodyLimits;
import io.newsdesk.web.http.CurrentUser;
import io.newsdesk.web.http.RequestParams;
import io.newsdesk.web.ui.SafeUrl;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code POST /api/v1/import}: stores one document's entries — a feed document, an article page or
 * aggregator teaser text, told apart by content — in a local feed.
 */
public final class ImportApi implements RouteGroup {

    /** Where documents are posted; it takes uploads, so it has the larger body limit. */
    public static final String PATH = "/api/v1/import";

    /** How the service names the document in its messages when no URL identifies it. */
    private static final String UNNAMED = "the uploaded document";

    private final ImportService imports;
    private final EntryService entries;
    private final FullTextService fullText;
    private final BodyLimits limits;

    public ImportApi(ImportService imports, EntryService entries, FullTextService fullText, BodyLimits limits) {
        this.imports = imports;
        this.entries = entries;
        this.fullText = fullText;
        this.limits = limits;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post(PATH, this::importDocument);
    }

    private void importDocument(Context ctx) {
        String url = baseUrl(ctx);
        byte[] document = limits.readUpload(ctx);
        if (document.length == 0) {
            throw new BadRequestResponse("the request body is empty: send a feed, an HTML page or teaser text");
        }
        long user = CurrentUser.id(ctx);
        ImportedFile result = imports.importDocument(user, url == null ? UNNAMED : url, document, url);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kind", result.kind().name().toLowerCase(Locale.ROOT));
        json.put("feed_id", result.feedId());
        json.put("inserted", result.inserted());
        json.put("updated", result.updated());
        Map<Long, FullText> texts = fullText.of(result.entryIds());
        json.put("entries", result.entryIds().stream()
                .map(id -> JsonShapes.entry(entries.get(user, id), texts.get(id)))
                .toList());
        ctx.json(json);
    }

    /** The optional {@code url} the document came from, against which its relative links resolve. */
    private static String baseUrl(Context ctx) {
        String url = RequestParams.queryText(ctx, "url");
        if (url == null) {
            return null;
        }
        if (SafeUrl.httpOrNull(url) != null) {
            return url;
        }
        throw new BadRequestResponse("query parameter 'url' must be an absolute http or https URL, got "
                + RequestParams.echo(url));
    }
}
