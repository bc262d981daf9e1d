package io.newsdesk.web.readers.greader;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.newsdesk.store.EntryOrder;
import io.newsdesk.store.EntrySelection;
import io.newsdesk.store.ReadFilter;
import io.newsdesk.web.http.RequestParams;
import io.newsdesk.web.readers.ReaderIds;
import java.time.Instant;
import java.util.Locale;

/**
 * The paging and filtering parameters of Google Reader's stream listings: {@code n} (how many,
 * 20 by default; at most 1000, more is cut to 1000 since the continuation fetches the rest),
 * {@code r} ({@code d} or {@code n} newest first, {@code o} oldest first), {@code c} (the
 * continuation a previous page returned), {@code ot} and {@code nt} (only items fetched since or
 * before, in Unix seconds), {@code xt} (exclude read or starred items) and {@code it} (include only
 * read, unread or starred items).
 */
final class StreamQuery {

    static final int DEFAULT_COUNT = 20;
    static final int MAX_COUNT = 1000;

    private static final long MAX_SECONDS = Instant.MAX.getEpochSecond();

    private StreamQuery() {}

    /**
     * Adds the query's paging and filters to a selection (of a stream, see {@link Streams}); an
     * exclusion or inclusion wins over the stream's own state.
     */
    static EntrySelection.Builder apply(EntrySelection.Builder selection, Context ctx, long userId) {
        selection.order(EntryOrder.PUBLISHED, !oldestFirst(ctx))
                .page(count(ctx), 0)
                .after(continuation(ctx))
                .storedAfter(seconds(ctx, "ot"))
                .storedBefore(seconds(ctx, "nt"));
        String exclude = RequestParams.queryText(ctx, "xt");
        if (exclude != null) {
            exclude(selection, StreamId.parse(exclude, userId), exclude);
        }
        String include = RequestParams.queryText(ctx, "it");
        if (include != null) {
            include(selection, StreamId.parse(include, userId), include);
        }
        return selection;
    }

    private static int count(Context ctx) {
        String raw = RequestParams.queryText(ctx, "n");
        if (raw == null) {
            return DEFAULT_COUNT;
        }
        return (int) Math.min(MAX_COUNT, ReaderIds.number("parameter 'n'", raw, 1, Integer.MAX_VALUE));
    }

    /** Whether {@code r} asks for the oldest items first. */
    static boolean oldestFirst(Context ctx) {
        String raw = RequestParams.queryText(ctx, "r");
        if (raw == null) {
            return false;
        }
        return switch (raw.toLowerCase(Locale.ROOT)) {
            case "o" -> true;
            case "d", "n" -> false;
            default -> throw new BadRequestResponse("parameter 'r' must be d (newest first) or o (oldest first), got "
                    + RequestParams.echo(raw));
        };
    }

    /** Continuations are the id of the last entry of the page before. */
    private static Long continuation(Context ctx) {
        String raw = RequestParams.queryText(ctx, "c");
        return raw == null ? null : ReaderIds.id("continuation 'c'", raw, Long.MAX_VALUE);
    }

    private static Instant seconds(Context ctx, String name) {
        String raw = RequestParams.queryText(ctx, name);
        if (raw == null || raw.equals("0")) {
            return null;
        }
        return Instant.ofEpochSecond(ReaderIds.number("parameter '" + name + "' (Unix seconds)", raw, 1, MAX_SECONDS));
    }

    private static void exclude(EntrySelection.Builder selection, StreamId stream, String raw) {
        switch (stream) {
            case StreamId.Read read -> selection.status(ReadFilter.UNREAD);
            case StreamId.Unread unread -> selection.status(ReadFilter.READ);
            case StreamId.Starred starred -> selection.starred(false);
            default -> throw new BadRequestResponse("parameter 'xt' can exclude " + StreamId.READ + ", "
                    + StreamId.UNREAD + " or " + StreamId.STARRED + ", not " + RequestParams.echo(raw));
        }
    }

    private static void include(EntrySelection.Builder selection, StreamId stream, String raw) {
        switch (stream) {
            case StreamId.Read read -> selection.status(ReadFilter.READ);
            case StreamId.Unread unread -> selection.status(ReadFilter.UNREAD);
            case StreamId.Starred starred -> selection.starred(true);
            default -> throw new BadRequestResponse("parameter 'it' can include " + StreamId.READ + ", "
                    + StreamId.UNREAD + " or " + StreamId.STARRED + ", not " + RequestParams.echo(raw));
        }
    }
}
