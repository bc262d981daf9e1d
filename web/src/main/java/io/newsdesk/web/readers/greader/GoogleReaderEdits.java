package io.newsdesk.web.readers.greader;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.newsdesk.service.reader.ReaderService;
import io.newsdesk.web.http.RequestParams;
import io.newsdesk.web.readers.ReaderIds;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Changing reading state: {@code edit-tag} (add {@code a} and remove {@code r} states on the items
 * {@code i}, each repeatable) and {@code mark-all-as-read} (a stream, up to a moment). Both answer
 * {@code OK} in plain text, which is what clients check for.
 */
final class GoogleReaderEdits {

    /** The most items one {@code edit-tag} may change. */
    static final int MAX_ITEMS = 1000;

    /**
     * States clients set that mean nothing here: "keep unread" markers (newsboat sets them when
     * marking unread), sharing and liking. They are accepted and ignored, as FreshRSS does.
     */
    private static final Set<String> IGNORED_STATES = Set.of(
            "user/-/state/com.google/kept-unread",
            "user/-/state/com.google/tracking-kept-unread",
            "user/-/state/com.google/fresh",
            "user/-/state/com.google/broadcast",
            "user/-/state/com.google/like");
    private static final String OK = "OK";

    private final ReaderService reader;
    private final Streams streams;

    GoogleReaderEdits(ReaderService reader) {
        this.reader = reader;
        this.streams = new Streams(reader);
    }

    void editTag(Context ctx) {
        GoogleReaderAuth.checkActionToken(ctx, Params.first(ctx, "T"));
        long user = GoogleReaderAuth.user(ctx).id();
        List<Long> items = items(ctx);
        if (Params.first(ctx, "a") == null && Params.first(ctx, "r") == null) {
            throw new BadRequestResponse("give a state to add (a) or remove (r), such as " + StreamId.READ);
        }
        List<StreamId> added = states(ctx, "a", user);
        List<StreamId> removed = states(ctx, "r", user);
        for (StreamId state : added) {
            apply(user, items, state, true);
        }
        for (StreamId state : removed) {
            apply(user, items, state, false);
        }
        ok(ctx);
    }

    /** {@code s} a stream, {@code ts} (optional) the newest crawl time to mark, in microseconds. */
    void markAllAsRead(Context ctx) {
        GoogleReaderAuth.checkActionToken(ctx, Params.first(ctx, "T"));
        long user = GoogleReaderAuth.user(ctx).id();
        StreamId stream = StreamId.parse(Params.required(ctx, "s"), user);
        boolean state = stream instanceof StreamId.Starred || stream instanceof StreamId.Read
                || stream instanceof StreamId.Unread;
        if (state) {
            throw new BadRequestResponse("mark-all-as-read takes a feed, a folder or the reading list, not a state");
        }
        String ts = Params.first(ctx, "ts");
        Instant until = null;
        if (ts != null && !ts.equals("0")) {
            long micros = ReaderIds.number("parameter 'ts' (microseconds)", ts, 1, Long.MAX_VALUE);
            until = Instant.ofEpochSecond(micros / 1_000_000, micros % 1_000_000 * 1000);
        }
        reader.markRead(user, streams.scope(stream, user), until);
        ok(ctx);
    }

    private void apply(long user, List<Long> items, StreamId state, boolean add) {
        switch (state) {
            case StreamId.Read read -> reader.setRead(user, items, add);
            case StreamId.Unread unread -> reader.setRead(user, items, !add);
            case StreamId.Starred starred -> reader.setStarred(user, items, add);
            default -> throw new IllegalStateException("not a state: " + state);
        }
    }

    private static List<Long> items(Context ctx) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String raw : Params.all(ctx, "i")) {
            ids.add(ItemId.parse(raw));
        }
        if (ids.isEmpty()) {
            throw new BadRequestResponse("parameter 'i' is required: the items to change");
        }
        if (ids.size() > MAX_ITEMS) {
            throw new BadRequestResponse("at most " + MAX_ITEMS + " items at once, got " + ids.size());
        }
        return List.copyOf(ids);
    }

    /** The states of a parameter that mean something here, refusing labels and unknown ids. */
    private static List<StreamId> states(Context ctx, String parameter, long user) {
        return Params.all(ctx, parameter).stream()
                .map(String::strip)
                .filter(raw -> !raw.isEmpty() && !IGNORED_STATES.contains(raw))
                .map(raw -> {
                    StreamId state = StreamId.parse(raw, user);
                    if (state instanceof StreamId.Read || state instanceof StreamId.Unread
                            || state instanceof StreamId.Starred) {
                        return state;
                    }
                    throw new BadRequestResponse("parameter '" + parameter + "' can be " + StreamId.READ + " or "
                            + StreamId.STARRED + "; Newsdesk has no labels on single items, got "
                            + RequestParams.echo(raw));
                })
                .toList();
    }

    private static void ok(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8").result(OK);
    }
}
