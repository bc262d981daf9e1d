package io.newsdesk.web.readers.greader;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.service.reader.ReaderFeed;
import io.newsdesk.service.reader.ReaderService;
import io.newsdesk.store.EntryOrder;
import io.newsdesk.store.EntrySelection;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reading streams: {@code stream/contents} (items of a stream, a page at a time), {@code
 * stream/items/ids} (their ids only) and {@code stream/items/contents} (items by id).
 */
final class GoogleReaderStreams {

    /** The most items {@code stream/items/contents} returns at once. */
    static final int MAX_ITEMS_BY_ID = 1000;

    private final ReaderService reader;
    private final Streams streams;
    private final Clock clock;

    GoogleReaderStreams(ReaderService reader, Clock clock) {
        this.reader = reader;
        this.streams = new Streams(reader);
        this.clock = clock;
    }

    /** {@code stream/contents/STREAM} with the stream in the path, percent-encoded or not. */
    void contentsOfPath(Context ctx) {
        contents(ctx, ctx.pathParam("streamId"));
    }

    /** {@code stream/contents?s=STREAM}; without a stream, the reading list. */
    void contentsOfQuery(Context ctx) {
        String stream = Params.first(ctx, "s");
        contents(ctx, stream == null ? StreamId.READING_LIST : stream);
    }

    private void contents(Context ctx, String rawStream) {
        Params.requireJsonOutput(ctx);
        long user = GoogleReaderAuth.user(ctx).id();
        StreamId stream = StreamId.parse(rawStream, user);
        EntrySelection selection = select(ctx, stream, user);
        List<StoredEntry> entries = reader.entries(user, selection);
        ctx.json(GoogleReaderShapes.stream(rawStream.strip(), title(stream, user), items(entries, user),
                continuation(entries.stream().map(StoredEntry::id).toList(), selection), clock.instant()));
    }

    /** {@code stream/items/ids?s=STREAM}: the short ids of a stream's items. */
    void ids(Context ctx) {
        Params.requireJsonOutput(ctx);
        long user = GoogleReaderAuth.user(ctx).id();
        List<String> streamIds = Params.all(ctx, "s");
        if (streamIds.size() != 1) {
            throw new BadRequestResponse("parameter 's' must name one stream, got " + streamIds.size());
        }
        EntrySelection selection = select(ctx, StreamId.parse(streamIds.getFirst(), user), user);
        List<Long> ids = reader.entryIds(user, selection);
        ctx.json(new GoogleReaderJson.ItemRefs(ids.stream().map(GoogleReaderShapes::itemRef).toList(),
                continuation(ids, selection)));
    }

    /** {@code stream/items/contents?i=…&i=…} (query or form): items by id, long or short form. */
    void byIds(Context ctx) {
        Params.requireJsonOutput(ctx);
        long user = GoogleReaderAuth.user(ctx).id();
        Set<Long> ids = new LinkedHashSet<>();
        for (String raw : Params.all(ctx, "i")) {
            ids.add(ItemId.parse(raw));
        }
        if (ids.isEmpty()) {
            throw new BadRequestResponse("parameter 'i' is required: the ids of the items to read");
        }
        if (ids.size() > MAX_ITEMS_BY_ID) {
            throw new BadRequestResponse("at most " + MAX_ITEMS_BY_ID + " items at once, got " + ids.size());
        }
        EntrySelection selection = EntrySelection.builder()
                .ids(List.copyOf(ids))
                .order(EntryOrder.PUBLISHED, !StreamQuery.oldestFirst(ctx))
                .page(ids.size(), 0)
                .build();
        List<GoogleReaderJson.Item> items = items(reader.entries(user, selection), user);
        ctx.json(GoogleReaderShapes.stream(StreamId.READING_LIST, "", items, null, clock.instant()));
    }

    private EntrySelection select(Context ctx, StreamId stream, long user) {
        return StreamQuery.apply(streams.select(EntrySelection.builder(), stream, user), ctx, user).build();
    }

    /** The next page's continuation: the last id, when the page is full; none on the last page. */
    private static String continuation(List<Long> ids, EntrySelection selection) {
        return ids.size() < selection.limit() ? null : Long.toString(ids.getLast());
    }

    private List<GoogleReaderJson.Item> items(List<StoredEntry> entries, long user) {
        Map<Long, ReaderFeed> feeds = reader.feeds(user).stream()
                .collect(Collectors.toMap(ReaderFeed::id, Function.identity()));
        return entries.stream().map(entry -> GoogleReaderShapes.item(entry, feeds.get(entry.feedId()))).toList();
    }

    private String title(StreamId stream, long user) {
        return switch (stream) {
            case StreamId.FeedById feed -> reader.feed(user, feed.feedId()).feed().title();
            case StreamId.FeedByUrl feed -> streams.feedByUrl(feed.url(), user).feed().title();
            case StreamId.Label label -> label.name();
            default -> "";
        };
    }
}
