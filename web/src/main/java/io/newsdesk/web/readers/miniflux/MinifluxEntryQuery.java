package io.newsdesk.web.readers.miniflux;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.newsdesk.service.search.SearchService;
import io.newsdesk.store.EntryOrder;
import io.newsdesk.store.EntrySelection;
import io.newsdesk.store.FeedScope;
import io.newsdesk.store.ReadFilter;
import io.newsdesk.web.http.RequestParams;
import io.newsdesk.web.readers.ReaderIds;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The query string of Miniflux's entry listings as a selection: {@code status} (repeatable),
 * {@code starred}, {@code order}, {@code direction}, {@code limit}, {@code offset}, {@code
 * before}/{@code after} and {@code published_before}/{@code published_after} (Unix seconds),
 * {@code changed_before}/{@code changed_after}, {@code before_entry_id}/{@code after_entry_id},
 * {@code feed_id}/{@code category_id} (on {@code /v1/entries}) and {@code search}. Defaults are
 * Miniflux's (oldest first by publication, 100 at a time). Where Miniflux ignores a value it cannot
 * read, this answers 400 naming it: a client should learn it asked for something else than it got.
 */
final class MinifluxEntryQuery {

    static final int DEFAULT_LIMIT = 100;
    /** The largest page: Miniflux has none, but a page must fit in memory; clients page with offset. */
    static final int MAX_LIMIT = 1000;

    private static final Map<String, EntryOrder> ORDERS = Map.of(
            "id", EntryOrder.ID,
            "status", EntryOrder.STATUS,
            "changed_at", EntryOrder.CHANGED,
            "published_at", EntryOrder.PUBLISHED,
            "created_at", EntryOrder.STORED,
            "category_title", EntryOrder.CATEGORY_TITLE,
            "category_id", EntryOrder.CATEGORY_ID,
            "title", EntryOrder.TITLE,
            "author", EntryOrder.AUTHOR);
    private static final long MAX_SECONDS = Instant.MAX.getEpochSecond();

    private MinifluxEntryQuery() {}

    /**
     * The selection a listing's query string asks for.
     *
     * @param routeScope the feed or category the path names, or {@code null} on {@code /v1/entries},
     *     where {@code feed_id} and {@code category_id} may name one
     * @param userId whose entries a {@code search} looks through
     */
    static EntrySelection of(Context ctx, FeedScope routeScope, SearchService search, long userId) {
        FeedScope scope = routeScope != null ? routeScope : queryScope(ctx);
        EntrySelection.Builder selection = EntrySelection.builder()
                .scope(scope)
                .status(status(ctx))
                .starred(starred(ctx))
                .order(choice(ctx, "order", ORDERS, EntryOrder.PUBLISHED), descending(ctx))
                .page(number(ctx, "limit", DEFAULT_LIMIT, 1, MAX_LIMIT), number(ctx, "offset", 0, 0, Integer.MAX_VALUE))
                .afterId(optionalId(ctx, "after_entry_id"))
                .beforeId(optionalId(ctx, "before_entry_id"))
                .publishedAfter(latest(seconds(ctx, "after"), seconds(ctx, "published_after")))
                .publishedBefore(earliest(seconds(ctx, "before"), seconds(ctx, "published_before")))
                .changedAfter(seconds(ctx, "changed_after"))
                .changedBefore(seconds(ctx, "changed_before"));
        if (!ctx.queryParams("tags").isEmpty()) {
            throw new BadRequestResponse("query parameter 'tags' is not supported: Newsdesk does not tag entries");
        }
        String text = RequestParams.queryText(ctx, "search");
        if (text != null) {
            Long feedId = scope instanceof FeedScope.OneFeed feed ? feed.feedId() : null;
            selection.ids(search.matchingIds(userId, text, feedId));
        }
        return selection.build();
    }

    private static FeedScope queryScope(Context ctx) {
        Long feedId = optionalId(ctx, "feed_id");
        Long categoryId = optionalId(ctx, "category_id");
        if (feedId != null && categoryId != null) {
            throw new BadRequestResponse("give query parameter 'feed_id' or 'category_id', not both");
        }
        if (feedId != null) {
            return FeedScope.feed(feedId);
        }
        if (categoryId != null) {
            return MinifluxCategories.scope(categoryId);
        }
        return FeedScope.all();
    }

    /** Read state from one or more {@code status} parameters; both states, or none, mean all. */
    private static ReadFilter status(Context ctx) {
        Set<String> statuses = new LinkedHashSet<>();
        for (String raw : ctx.queryParams("status")) {
            String status = raw.strip().toLowerCase(Locale.ROOT);
            if (!status.equals("read") && !status.equals("unread")) {
                throw new BadRequestResponse("query parameter 'status' must be \"read\" or \"unread\", got "
                        + RequestParams.echo(raw));
            }
            statuses.add(status);
        }
        if (statuses.size() != 1) {
            return ReadFilter.ALL;
        }
        return statuses.contains("read") ? ReadFilter.READ : ReadFilter.UNREAD;
    }

    /** Miniflux reads {@code starred} as Go's booleans do: 1, t, true, 0, f, false in any case. */
    private static Boolean starred(Context ctx) {
        String raw = RequestParams.queryText(ctx, "starred");
        if (raw == null) {
            return null;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "1", "t", "true" -> true;
            case "0", "f", "false" -> false;
            default -> throw new BadRequestResponse("query parameter 'starred' must be true or false, got "
                    + RequestParams.echo(raw));
        };
    }

    private static boolean descending(Context ctx) {
        return choice(ctx, "direction", Map.of("asc", false, "desc", true), false);
    }

    private static <T> T choice(Context ctx, String name, Map<String, T> choices, T defaultValue) {
        return RequestParams.queryChoice(ctx, name, choices, defaultValue);
    }

    private static int number(Context ctx, String name, int defaultValue, int min, int max) {
        String raw = RequestParams.queryText(ctx, name);
        return raw == null ? defaultValue : (int) ReaderIds.number("query parameter '" + name + "'", raw, min, max);
    }

    private static Long optionalId(Context ctx, String name) {
        String raw = RequestParams.queryText(ctx, name);
        // Miniflux takes 0 for "no filter".
        if (raw == null || raw.equals("0")) {
            return null;
        }
        return ReaderIds.id("query parameter '" + name + "'", raw, ReaderIds.MAX_INT_ID);
    }

    private static Instant seconds(Context ctx, String name) {
        String raw = RequestParams.queryText(ctx, name);
        if (raw == null || raw.equals("0")) {
            return null;
        }
        return Instant.ofEpochSecond(ReaderIds.number("query parameter '" + name + "' (Unix seconds)", raw, 1,
                MAX_SECONDS));
    }

    private static Instant latest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static Instant earliest(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }
}
