package io.newsdesk.web.readers.miniflux;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.newsdesk.domain.Feed;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.reader.ReaderFeed;
import io.newsdesk.service.reader.ReaderService;
import io.newsdesk.service.search.SearchService;
import io.newsdesk.store.EntrySelection;
import io.newsdesk.store.FeedScope;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.BodyLimits;
import io.newsdesk.web.http.RequestParams;
import io.newsdesk.web.readers.ReaderIds;
import io.newsdesk.web.readers.ReaderLogins;
import io.newsdesk.web.readers.ReaderUser;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The Miniflux API under {@code /v1}, as far as newsboat and other Miniflux clients use it: the
 * user, categories, feeds with their counters, entries of everything, a feed or a category,
 * reading and starring state, subscribing, unsubscribing and checking a feed now. Ids are those of
 * Newsdesk's own API and stay within 32 bits. See {@code docs/reader-apis.md}.
 */
public final class MinifluxApi implements RouteGroup {

    /** Where the API lives. */
    public static final String PREFIX = "/v1";

    private final ReaderService reader;
    private final SearchService search;
    private final ReaderLogins logins;
    private final BodyLimits limits;

    public MinifluxApi(ReaderService reader, SearchService search, ReaderLogins logins, BodyLimits limits) {
        this.reader = reader;
        this.search = search;
        this.logins = logins;
        this.limits = limits;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.before(PREFIX + "/*", new MinifluxAuth(logins));
        routes.get(PREFIX + "/me", this::me);
        routes.get(PREFIX + "/categories", this::categories);
        routes.get(PREFIX + "/categories/{id}/entries", this::categoryEntries);
        routes.get(PREFIX + "/feeds", this::feeds);
        routes.post(PREFIX + "/feeds", this::addFeed);
        // Before /feeds/{id}, which would take "counters" for an id.
        routes.get(PREFIX + "/feeds/counters", this::counters);
        routes.get(PREFIX + "/feeds/{id}", this::feed);
        routes.delete(PREFIX + "/feeds/{id}", this::removeFeed);
        routes.get(PREFIX + "/feeds/{id}/entries", this::feedEntries);
        routes.put(PREFIX + "/feeds/{id}/refresh", this::refreshFeed);
        routes.get(PREFIX + "/entries", this::entries);
        routes.put(PREFIX + "/entries", this::setEntries);
        routes.get(PREFIX + "/entries/{id}", this::entry);
        routes.put(PREFIX + "/entries/{id}/bookmark", this::toggleBookmark);
    }

    private void me(Context ctx) {
        ctx.json(MinifluxShapes.user(MinifluxAuth.user(ctx)));
    }

    private void categories(Context ctx) {
        long user = MinifluxAuth.user(ctx).id();
        boolean counts = Boolean.TRUE.equals(RequestParams.queryBoolean(ctx, "counts"));
        ctx.json(MinifluxCategories.list(reader.categories(user), reader.feeds(user), user, counts));
    }

    private void feeds(Context ctx) {
        long user = MinifluxAuth.user(ctx).id();
        ctx.json(reader.feeds(user).stream().map(feed -> MinifluxShapes.feed(feed, user)).toList());
    }

    private void feed(Context ctx) {
        long user = MinifluxAuth.user(ctx).id();
        ctx.json(MinifluxShapes.feed(reader.feed(user, pathId(ctx)), user));
    }

    private void counters(Context ctx) {
        ctx.json(MinifluxShapes.counters(reader.feeds(MinifluxAuth.user(ctx).id())));
    }

    private void addFeed(Context ctx) {
        long user = MinifluxAuth.user(ctx).id();
        MinifluxBody body = MinifluxBody.read(ctx, limits);
        String url = body.requiredText("feed_url");
        Long categoryId = body.optionalId("category_id");
        String category = null;
        if (categoryId != null && categoryId != MinifluxCategories.UNCATEGORIZED_ID) {
            category = asBadRequest(() -> reader.category(user, categoryId).title(), "field 'category_id': ");
        }
        String filedUnder = category;
        Feed feed = asBadRequest(() -> reader.subscribe(user, url, null, filedUnder), "");
        ctx.status(201).json(new MinifluxJson.CreatedFeed(feed.id()));
    }

    private void removeFeed(Context ctx) {
        reader.unsubscribe(MinifluxAuth.user(ctx).id(), pathId(ctx));
        ctx.status(204);
    }

    private void refreshFeed(Context ctx) {
        // The check's outcome is the feed's to show (parsing_error_message), as Miniflux does.
        reader.refresh(MinifluxAuth.user(ctx).id(), pathId(ctx));
        ctx.status(204);
    }

    private void entries(Context ctx) {
        list(ctx, null);
    }

    private void feedEntries(Context ctx) {
        list(ctx, FeedScope.feed(pathId(ctx)));
    }

    private void categoryEntries(Context ctx) {
        long categoryId = ReaderIds.number("path parameter 'id'", ctx.pathParam("id"), 0, ReaderIds.MAX_INT_ID);
        list(ctx, MinifluxCategories.scope(categoryId));
    }

    private void list(Context ctx, FeedScope routeScope) {
        ReaderUser user = MinifluxAuth.user(ctx);
        EntrySelection selection = MinifluxEntryQuery.of(ctx, routeScope, search, user.id());
        List<StoredEntry> page = reader.entries(user.id(), selection);
        long total = reader.count(user.id(), selection);
        Map<Long, MinifluxJson.Feed> feeds = feedShapes(user.id());
        ctx.json(new MinifluxJson.Entries(total, page.stream()
                .map(entry -> MinifluxShapes.entry(entry, feeds.get(entry.feedId()), user.id()))
                .toList()));
    }

    private void entry(Context ctx) {
        long user = MinifluxAuth.user(ctx).id();
        StoredEntry entry = reader.entry(user, pathId(ctx));
        ctx.json(MinifluxShapes.entry(entry, MinifluxShapes.feed(reader.feed(user, entry.feedId()), user), user));
    }

    /** {@code PUT /v1/entries}: {@code {"entry_ids": […], "status": "read"|"unread", "starred": bool}}. */
    private void setEntries(Context ctx) {
        long user = MinifluxAuth.user(ctx).id();
        MinifluxBody body = MinifluxBody.read(ctx, limits);
        List<Long> ids = body.requiredIds("entry_ids");
        String status = body.optionalText("status");
        Boolean starred = body.optionalBoolean("starred");
        if (status == null && starred == null) {
            throw new BadRequestResponse("either the status or the starred field must be specified");
        }
        if (status != null) {
            String normalized = status.toLowerCase(Locale.ROOT);
            if (!normalized.equals("read") && !normalized.equals("unread")) {
                throw new BadRequestResponse("field 'status' must be \"read\" or \"unread\", got "
                        + RequestParams.echo(status));
            }
            reader.setRead(user, ids, normalized.equals("read"));
        }
        if (starred != null) {
            reader.setStarred(user, ids, starred);
        }
        ctx.status(204);
    }

    private void toggleBookmark(Context ctx) {
        reader.toggleStarred(MinifluxAuth.user(ctx).id(), pathId(ctx));
        ctx.status(204);
    }

    private Map<Long, MinifluxJson.Feed> feedShapes(long user) {
        Map<Long, MinifluxJson.Feed> shapes = new HashMap<>();
        for (ReaderFeed feed : reader.feeds(user)) {
            shapes.put(feed.id(), MinifluxShapes.feed(feed, user));
        }
        return shapes;
    }

    private static long pathId(Context ctx) {
        return ReaderIds.id("path parameter 'id'", ctx.pathParam("id"), ReaderIds.MAX_INT_ID);
    }

    /**
     * Runs a step whose refusals Miniflux answers 400 (an unknown category, a feed already
     * subscribed): the message is kept, only the status follows Miniflux.
     */
    private static <T> T asBadRequest(Supplier<T> step, String prefix) {
        try {
            return step.get();
        } catch (NewsdeskException e) {
            if (e.kind() == NewsdeskException.Kind.NOT_FOUND || e.kind() == NewsdeskException.Kind.CONFLICT) {
                throw new BadRequestResponse(prefix + e.getMessage());
            }
            throw e;
        }
    }
}
