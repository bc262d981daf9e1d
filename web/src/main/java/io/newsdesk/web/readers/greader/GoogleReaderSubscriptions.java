package io.newsdesk.web.readers.greader;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.newsdesk.domain.Feed;
import io.newsdesk.service.reader.ReaderFeed;
import io.newsdesk.service.reader.ReaderService;
import io.newsdesk.store.SubscriptionSettings;
import io.newsdesk.web.http.RequestParams;
import java.util.List;

/**
 * Subscriptions and folders: {@code subscription/list}, {@code subscription/edit} (subscribe,
 * unsubscribe, rename, move to a folder), {@code subscription/quickadd}, {@code tag/list} and
 * {@code unread-count}. Folders are Newsdesk's categories; a feed is in at most one.
 */
final class GoogleReaderSubscriptions {

    private static final String OK = "OK";

    private final ReaderService reader;
    private final Streams streams;

    GoogleReaderSubscriptions(ReaderService reader) {
        this.reader = reader;
        this.streams = new Streams(reader);
    }

    void list(Context ctx) {
        Params.requireJsonOutput(ctx);
        List<ReaderFeed> feeds = reader.feeds(GoogleReaderAuth.user(ctx).id());
        ctx.json(new GoogleReaderJson.Subscriptions(feeds.stream().map(GoogleReaderShapes::subscription).toList()));
    }

    void tags(Context ctx) {
        Params.requireJsonOutput(ctx);
        ctx.json(GoogleReaderShapes.tags(reader.categories(GoogleReaderAuth.user(ctx).id())));
    }

    void unreadCount(Context ctx) {
        Params.requireJsonOutput(ctx);
        ctx.json(GoogleReaderShapes.unreadCounts(reader.feeds(GoogleReaderAuth.user(ctx).id())));
    }

    /** {@code quickadd=URL}: subscribes to the feed at a URL, or announced by the page there. */
    void quickAdd(Context ctx) {
        GoogleReaderAuth.checkActionToken(ctx, Params.first(ctx, "T"));
        String url = Params.required(ctx, "quickadd");
        Feed feed = reader.subscribe(GoogleReaderAuth.user(ctx).id(), withoutFeedPrefix(url), null, null);
        ctx.json(new GoogleReaderJson.QuickAdd(1, url, StreamId.of(feed.id()), feed.title()));
    }

    /**
     * {@code ac=subscribe|unsubscribe|edit} on the feeds named by {@code s} (repeatable), with an
     * optional title {@code t} and a folder to add to ({@code a}) or remove from ({@code r}).
     */
    void edit(Context ctx) {
        GoogleReaderAuth.checkActionToken(ctx, Params.first(ctx, "T"));
        long user = GoogleReaderAuth.user(ctx).id();
        String action = Params.required(ctx, "ac");
        List<String> feeds = Params.all(ctx, "s");
        if (feeds.isEmpty()) {
            throw new BadRequestResponse("parameter 's' is required: the feed to " + action);
        }
        String title = Params.first(ctx, "t");
        String addTo = folder(Params.first(ctx, "a"), user, "a");
        String removeFrom = folder(Params.first(ctx, "r"), user, "r");
        for (String raw : feeds) {
            switch (action) {
                case "subscribe" -> subscribe(user, raw, title, addTo);
                case "unsubscribe" -> reader.unsubscribe(user, feedId(raw, user));
                case "edit" -> edit(user, feedId(raw, user), title, addTo, removeFrom);
                default -> throw new BadRequestResponse("parameter 'ac' must be subscribe, unsubscribe or edit, got "
                        + RequestParams.echo(action));
            }
        }
        ctx.contentType("text/plain; charset=utf-8").result(OK);
    }

    private void subscribe(long user, String raw, String title, String category) {
        StreamId stream = StreamId.parse(raw, user);
        if (!(stream instanceof StreamId.FeedByUrl feed)) {
            throw new BadRequestResponse("to subscribe, 's' must be feed/ followed by the feed's URL, got "
                    + RequestParams.echo(raw));
        }
        reader.subscribe(user, feed.url(), title, category);
    }

    private void edit(long user, long feedId, String title, String addTo, String removeFrom) {
        SubscriptionSettings current = reader.subscription(user, feedId);
        String category = current.category();
        if (addTo != null) {
            category = addTo;
        } else if (removeFrom != null && removeFrom.equals(category)) {
            category = null;
        }
        reader.updateSubscription(user, feedId, new SubscriptionSettings(title != null ? title : current.title(),
                category));
    }

    private long feedId(String raw, long user) {
        StreamId stream = StreamId.parse(raw, user);
        return switch (stream) {
            case StreamId.FeedById feed -> reader.feed(user, feed.feedId()).id();
            case StreamId.FeedByUrl feed -> streams.feedByUrl(feed.url(), user).id();
            default -> throw new BadRequestResponse("parameter 's' must name a feed (feed/ID), got "
                    + RequestParams.echo(raw));
        };
    }

    /** The folder name a label stream id names; {@code null} when none is given. */
    private static String folder(String raw, long user, String parameter) {
        if (raw == null) {
            return null;
        }
        if (StreamId.parse(raw, user) instanceof StreamId.Label label) {
            return label.name();
        }
        throw new BadRequestResponse("parameter '" + parameter + "' must be a folder (" + StreamId.LABEL_PREFIX
                + "NAME), got " + RequestParams.echo(raw));
    }

    private static String withoutFeedPrefix(String url) {
        return url.startsWith(StreamId.FEED_PREFIX) ? url.substring(StreamId.FEED_PREFIX.length()) : url;
    }
}
