package io.newsdesk.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.service.entries.EntryService;
import io.newsdesk.service.feeds.FeedService;
import io.newsdesk.store.FeedSummary;
import io.newsdesk.store.Page;
import io.newsdesk.store.ReadFilter;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.CurrentUser;
import io.newsdesk.web.http.RequestParams;
import io.newsdesk.web.ui.EntryCard;
import io.newsdesk.web.ui.EntryListKind;
import io.newsdesk.web.ui.EntryListPage;
import io.newsdesk.web.ui.Layout;
import io.newsdesk.web.ui.Paging;
import io.newsdesk.web.ui.TimeContext;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The entry lists: unread ({@code /}), all ({@code /?status=all}), starred, and one feed's. */
public final class EntryListPages implements RouteGroup {

    /** Entries per page of a list. */
    public static final int PAGE_SIZE = 30;

    private static final Map<String, EntryListKind> STATUSES =
            Map.of("unread", EntryListKind.UNREAD, "all", EntryListKind.ALL);

    private final EntryService entries;
    private final FeedService feeds;
    private final Layouts layouts;
    private final PageRenderer pages;
    private final Clock clock;

    public EntryListPages(EntryService entries, FeedService feeds, Layouts layouts, PageRenderer pages, Clock clock) {
        this.entries = entries;
        this.feeds = feeds;
        this.layouts = layouts;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/", this::home);
        routes.get("/starred", this::starred);
        routes.get("/feeds/{id}/entries", this::feed);
    }

    private void home(Context ctx) {
        EntryListKind kind = RequestParams.queryChoice(ctx, "status", STATUSES, EntryListKind.UNREAD);
        ReadFilter status = kind == EntryListKind.UNREAD ? ReadFilter.UNREAD : ReadFilter.ALL;
        list(ctx, kind, status, null);
    }

    private void starred(Context ctx) {
        list(ctx, EntryListKind.STARRED, ReadFilter.ALL, true);
    }

    private void list(Context ctx, EntryListKind kind, ReadFilter status, Boolean starred) {
        long user = CurrentUser.id(ctx);
        int offset = RequestParams.offset(ctx);
        Page<StoredEntry> found =
                entries.list(user, new EntryService.Filter(null, status, starred, null, PAGE_SIZE, offset));
        boolean hasFeeds = found.total() > 0 || !feeds.list(user).isEmpty();
        Layout layout = layouts.of(ctx, kind.heading(), kind.nav(), null);
        pages.entries(ctx, EntryListPage.of(layout, kind, cards(found), paging(offset, found), hasFeeds));
    }

    private void feed(Context ctx) {
        long user = CurrentUser.id(ctx);
        long feedId = RequestParams.pathId(ctx, "id");
        int offset = RequestParams.offset(ctx);
        FeedSummary summary = feeds.get(user, feedId);
        Page<StoredEntry> found =
                entries.list(user, new EntryService.Filter(feedId, ReadFilter.ALL, null, null, PAGE_SIZE, offset));
        EntryListPage page = EntryListPage.forFeed(
                layouts.of(ctx, FeedTitles.of(summary.feed()), EntryListKind.FEED.nav(), null),
                feedId, summary.feed().title(), cards(found), paging(offset, found));
        pages.entries(ctx, page);
    }

    private List<EntryCard> cards(Page<StoredEntry> found) {
        TimeContext time = TimeContext.of(clock);
        return found.items().stream().map(entry -> EntryCard.from(entry, time)).toList();
    }

    private static Paging paging(int offset, Page<StoredEntry> found) {
        return new Paging(offset, PAGE_SIZE, found.total());
    }
}
