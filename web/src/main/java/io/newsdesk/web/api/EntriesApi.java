package io.newsdesk.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.service.entries.EntryService;
import io.newsdesk.service.fulltext.FullTextService;
import io.newsdesk.service.json.JsonShapes;
import io.newsdesk.store.FullText;
import io.newsdesk.store.Page;
import io.newsdesk.store.ReadFilter;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.BodyLimits;
import io.newsdesk.web.http.CurrentUser;
import io.newsdesk.web.http.RequestParams;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/v1/entries}: listing and filtering entries, reading and starring them, and asking
 * for an entry's full text. Every entry carries {@code full_text}.
 */
public final class EntriesApi implements RouteGroup {

    /** The page size when a client names none. */
    public static final int DEFAULT_LIMIT = 50;

    private static final Map<String, ReadFilter> STATUSES =
            Map.of("unread", ReadFilter.UNREAD, "read", ReadFilter.READ, "all", ReadFilter.ALL);
    private static final Set<String> PATCH_FIELDS = Set.of("read", "starred");
    private static final Set<String> MARK_FIELDS = Set.of("entry_ids", "read");

    private final EntryService entries;
    private final FullTextService fullText;
    private final BodyLimits limits;

    public EntriesApi(EntryService entries, FullTextService fullText, BodyLimits limits) {
        this.entries = entries;
        this.fullText = fullText;
        this.limits = limits;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/v1/entries", this::list);
        routes.put("/api/v1/entries/read", this::markRead);
        routes.get("/api/v1/entries/{id}", this::get);
        routes.patch("/api/v1/entries/{id}", this::update);
        routes.post("/api/v1/entries/{id}/full-text", this::fetchFullText);
    }

    private void list(Context ctx) {
        EntryService.Filter filter = new EntryService.Filter(
                RequestParams.queryId(ctx, "feed"),
                RequestParams.queryChoice(ctx, "status", STATUSES, ReadFilter.ALL),
                RequestParams.queryBoolean(ctx, "starred"),
                RequestParams.queryText(ctx, "q"),
                RequestParams.limit(ctx, DEFAULT_LIMIT, EntryService.MAX_LIMIT),
                RequestParams.offset(ctx));
        Page<StoredEntry> page = entries.list(CurrentUser.id(ctx), filter);
        Map<Long, FullText> texts = fullText.of(page.items().stream().map(StoredEntry::id).toList());
        ctx.json(JsonShapes.page(page.total(), "entries", page.items().stream()
                .map(entry -> JsonShapes.entry(entry, texts.get(entry.id())))
                .toList()));
    }

    private void get(Context ctx) {
        ctx.json(withFullText(entries.get(CurrentUser.id(ctx), RequestParams.pathId(ctx, "id"))));
    }

    private void update(Context ctx) {
        long id = RequestParams.pathId(ctx, "id");
        JsonBody body = JsonBody.read(ctx, limits).allowOnly(PATCH_FIELDS);
        StoredEntry entry = entries.update(
                CurrentUser.id(ctx), id, body.optionalBoolean("read"), body.optionalBoolean("starred"));
        ctx.json(withFullText(entry));
    }

    /** Queues the entry's page now; 202, with the entry as it stands (its full text pending). */
    private void fetchFullText(Context ctx) {
        long user = CurrentUser.id(ctx);
        long id = RequestParams.pathId(ctx, "id");
        FullText text = fullText.fetchNow(user, id);
        ctx.status(text.status().waiting() ? 202 : 200).json(JsonShapes.entry(entries.get(user, id), text));
    }

    private Map<String, Object> withFullText(StoredEntry entry) {
        return JsonShapes.entry(entry, fullText.of(List.of(entry.id())).get(entry.id()));
    }

    private void markRead(Context ctx) {
        JsonBody body = JsonBody.read(ctx, limits).allowOnly(MARK_FIELDS);
        List<Long> ids = body.requiredIds("entry_ids");
        boolean read = body.requiredBoolean("read");
        int updated = ids.isEmpty() ? 0 : entries.setRead(CurrentUser.id(ctx), ids, read);
        ctx.json(Map.of("updated", updated));
    }
}
