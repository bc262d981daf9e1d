package io.newsdesk.web.readers.fever;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.PollState;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.service.reader.ReaderCategory;
import io.newsdesk.service.reader.ReaderFeed;
import io.newsdesk.service.reader.ReaderService;
import io.newsdesk.store.EntryOrder;
import io.newsdesk.store.EntrySelection;
import io.newsdesk.store.FeedScope;
import io.newsdesk.store.ReadFilter;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.RequestParams;
import io.newsdesk.web.readers.FormFields;
import io.newsdesk.web.readers.ReaderIds;
import io.newsdesk.web.readers.ReaderLogins;
import io.newsdesk.web.readers.ReaderUser;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Fever API at {@code /fever/?api}: every request carries the key; the query string names
 * what to read ({@code groups}, {@code feeds}, {@code favicons}, {@code items} with {@code
 * since_id}, {@code max_id} or {@code with_ids}, {@code links}, {@code unread_item_ids}, {@code
 * saved_item_ids}, several at once if wanted) and the form what to change ({@code mark=item|feed|
 * group}, {@code as}, {@code id}, {@code before}). Groups are categories. See {@code
 * docs/reader-apis.md}.
 */
public final class FeverApi implements RouteGroup {

    /** Where the API lives; clients are configured with {@code …/fever/}. */
    public static final String PATH = "/fever";
    static final int API_VERSION = 3;
    /** Items per page, as Fever serves them. */
    static final int PAGE = 50;
    /** Fever's super group of all feeds. */
    private static final long KINDLING = 0;
    /** Fever's super group of "sparks", feeds Newsdesk does not have. */
    private static final long SPARKS = -1;

    private final ReaderService reader;
    private final FeverAuth auth;

    public FeverApi(ReaderService reader, ReaderLogins logins) {
        this.reader = reader;
        this.auth = new FeverAuth(logins);
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(PATH + "/", this::serve);
        routes.post(PATH + "/", this::serve);
    }

    /** The members every answer has; {@code auth} says whether the key was good. */
    static Map<String, Object> base(boolean authenticated, long lastRefreshed) {
        Map<String, Object> base = new LinkedHashMap<>();
        base.put("api_version", API_VERSION);
        base.put("auth", authenticated ? 1 : 0);
        base.put("last_refreshed_on_time", lastRefreshed);
        return base;
    }

    private void serve(Context ctx) {
        String api = ctx.queryParam("api");
        if (api == null) {
            throw new BadRequestResponse("this is the Fever API: add ?api to the address");
        }
        if (!api.isEmpty() && !api.equals("json")) {
            throw new BadRequestResponse("only JSON answers are supported, not ?api=" + api);
        }
        Optional<ReaderUser> user = auth.user(ctx);
        if (user.isEmpty()) {
            ctx.json(base(false, 0));
            return;
        }
        long userId = user.get().id();
        write(ctx, userId);
        List<ReaderFeed> feeds = reader.feeds(userId);
        Map<String, Object> answer = base(true, lastRefreshed(feeds));
        if (asked(ctx, "groups") || asked(ctx, "feeds")) {
            List<ReaderCategory> categories = reader.categories(userId);
            if (asked(ctx, "groups")) {
                answer.put("groups", categories.stream()
                        .map(category -> new FeverJson.Group(category.id(), category.title()))
                        .toList());
            }
            if (asked(ctx, "feeds")) {
                answer.put("feeds", feeds.stream().map(FeverApi::feed).toList());
            }
            answer.put("feeds_groups", feedsGroups(categories, feeds));
        }
        if (asked(ctx, "favicons")) {
            // Newsdesk keeps no icons; clients show their own placeholder.
            answer.put("favicons", List.of());
        }
        if (asked(ctx, "items")) {
            answer.put("items", reader.entries(userId, items(ctx)).stream().map(FeverApi::item).toList());
            answer.put("total_items", reader.count(userId, EntrySelection.builder().build()));
        }
        if (asked(ctx, "links")) {
            answer.put("links", List.of());
        }
        if (asked(ctx, "unread_item_ids")) {
            answer.put("unread_item_ids", idList(userId, EntrySelection.builder().status(ReadFilter.UNREAD)));
        }
        if (asked(ctx, "saved_item_ids")) {
            answer.put("saved_item_ids", idList(userId, EntrySelection.builder().starred(true)));
        }
        ctx.json(answer);
    }

    /** {@code mark=item|feed|group}, {@code as=read|unread|saved|unsaved}, {@code id}, {@code before}. */
    private void write(Context ctx, long userId) {
        String mark = FormFields.first(ctx, "mark");
        if (mark == null) {
            return;
        }
        String as = FormFields.first(ctx, "as");
        switch (mark) {
            case "item" -> {
                long id = ReaderIds.id("form field 'id'", FormFields.first(ctx, "id"), ReaderIds.MAX_INT_ID);
                switch (as == null ? "" : as) {
                    case "read" -> reader.setRead(userId, List.of(id), true);
                    case "unread" -> reader.setRead(userId, List.of(id), false);
                    case "saved" -> reader.setStarred(userId, List.of(id), true);
                    case "unsaved" -> reader.setStarred(userId, List.of(id), false);
                    default -> throw new BadRequestResponse("form field 'as' must be read, unread, saved or "
                            + "unsaved for items, got " + RequestParams.echo(as));
                }
            }
            case "feed" -> {
                requireRead(as);
                long id = ReaderIds.id("form field 'id'", FormFields.first(ctx, "id"), ReaderIds.MAX_INT_ID);
                reader.markRead(userId, FeedScope.feed(id), before(ctx));
            }
            case "group" -> {
                requireRead(as);
                long id = group(FormFields.first(ctx, "id"));
                if (id == KINDLING) {
                    reader.markRead(userId, FeedScope.all(), before(ctx));
                } else if (id != SPARKS) {
                    reader.markRead(userId, FeedScope.category(id), before(ctx));
                }
            }
            default -> throw new BadRequestResponse("form field 'mark' must be item, feed or group, got "
                    + RequestParams.echo(mark));
        }
    }

    private static void requireRead(String as) {
        if (!"read".equals(as)) {
            throw new BadRequestResponse("feeds and groups can only be marked as read, not " + RequestParams.echo(as));
        }
    }

    /** A group id: a category's, 0 for all feeds (Kindling) or -1 for Sparks. */
    private static long group(String raw) {
        if (raw != null && raw.strip().equals("-1")) {
            return SPARKS;
        }
        return ReaderIds.number("form field 'id'", raw, KINDLING, ReaderIds.MAX_INT_ID);
    }

    /** The latest first-stored time to mark ({@code before}, Unix seconds), or all when absent. */
    private static Instant before(Context ctx) {
        String raw = FormFields.first(ctx, "before");
        if (raw == null) {
            return null;
        }
        return Instant.ofEpochSecond(ReaderIds.number("form field 'before' (Unix seconds)", raw, 0,
                Instant.MAX.getEpochSecond()));
    }

    /** The page of items {@code since_id}, {@code max_id} or {@code with_ids} asks for. */
    private static EntrySelection items(Context ctx) {
        EntrySelection.Builder selection = EntrySelection.builder().page(PAGE, 0);
        String withIds = RequestParams.queryText(ctx, "with_ids");
        String maxId = RequestParams.queryText(ctx, "max_id");
        String sinceId = RequestParams.queryText(ctx, "since_id");
        if (withIds != null) {
            Set<Long> ids = new LinkedHashSet<>();
            for (String raw : withIds.split(",")) {
                ids.add(ReaderIds.id("an id of 'with_ids'", raw, ReaderIds.MAX_INT_ID));
            }
            if (ids.size() > PAGE) {
                throw new BadRequestResponse("'with_ids' takes at most " + PAGE + " ids, got " + ids.size());
            }
            return selection.ids(List.copyOf(ids)).order(EntryOrder.ID, false).build();
        }
        if (maxId != null) {
            long max = ReaderIds.number("query parameter 'max_id'", maxId, 0, ReaderIds.MAX_INT_ID);
            return selection.beforeId(max == 0 ? null : max).order(EntryOrder.ID, true).build();
        }
        long since = sinceId == null ? 0 : ReaderIds.number("query parameter 'since_id'", sinceId, 0,
                ReaderIds.MAX_INT_ID);
        return selection.afterId(since).order(EntryOrder.ID, false).build();
    }

    private String idList(long userId, EntrySelection.Builder selection) {
        return reader.entryIds(userId, selection.order(EntryOrder.ID, false).page(Integer.MAX_VALUE, 0).build())
                .stream()
                .map(String::valueOf)
                .collect(Collectors.joining(","));
    }

    private static List<FeverJson.FeedsGroup> feedsGroups(List<ReaderCategory> categories, List<ReaderFeed> feeds) {
        List<FeverJson.FeedsGroup> groups = new ArrayList<>();
        for (ReaderCategory category : categories) {
            String ids = feeds.stream()
                    .filter(feed -> Objects.equals(feed.categoryId(), category.id()))
                    .map(feed -> String.valueOf(feed.id()))
                    .collect(Collectors.joining(","));
            groups.add(new FeverJson.FeedsGroup(category.id(), ids));
        }
        return groups;
    }

    private static FeverJson.Feed feed(ReaderFeed feed) {
        Instant updated = feed.newestEntryAt() != null ? feed.newestEntryAt() : feed.feed().poll().lastCheckedAt();
        return new FeverJson.Feed(feed.id(), 0, feed.feed().title(), feed.feed().url(),
                feed.feed().siteUrl() == null ? "" : feed.feed().siteUrl(), 0,
                updated == null ? 0 : updated.getEpochSecond());
    }

    private static FeverJson.Item item(StoredEntry stored) {
        Entry entry = stored.entry();
        Instant published = entry.published() != null ? entry.published() : stored.createdAt();
        String html = entry.content() != null ? entry.content() : entry.summary() == null ? "" : entry.summary();
        return new FeverJson.Item(stored.id(), stored.feedId(), entry.title() == null ? "" : entry.title(),
                String.join(", ", entry.authors()), html, entry.link() == null ? "" : entry.link(),
                stored.starred() ? 1 : 0, stored.read() ? 1 : 0, published.getEpochSecond());
    }

    private static long lastRefreshed(List<ReaderFeed> feeds) {
        return feeds.stream()
                .map(feed -> feed.feed().poll())
                .map(PollState::lastCheckedAt)
                .filter(Objects::nonNull)
                .mapToLong(Instant::getEpochSecond)
                .max()
                .orElse(0);
    }

    private static boolean asked(Context ctx, String member) {
        return ctx.queryParamMap().containsKey(member);
    }
}
