package io.newsdesk.web.pages;

import io.javalin.http.Context;
import io.newsdesk.service.entries.EntryService;
import io.newsdesk.store.ReadFilter;
import io.newsdesk.web.http.CurrentUser;
import io.newsdesk.web.ui.Layout;
import io.newsdesk.web.ui.Nav;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the shared frame of a page for one request: unread count, pending notice, navigation. */
public final class Layouts {

    private static final Logger log = LoggerFactory.getLogger(Layouts.class);

    /**
     * What forms carry as {@code _csrf}. Cross-site posts are refused by origin for now; the accounts
     * issue issues a real per-session token here.
     */
    private static final String CSRF_TOKEN = "";

    private final EntryService entries;

    public Layouts(EntryService entries) {
        this.entries = entries;
    }

    /**
     * The frame for a page.
     *
     * @param title the page's own title
     * @param nav the navigation entry the page belongs to
     * @param query the search box's text, or {@code null}
     */
    public Layout of(Context ctx, String title, Nav nav, String query) {
        return new Layout(title, unreadCount(ctx), CSRF_TOKEN, Notices.take(ctx), nav, query);
    }

    /**
     * The frame for an error page. The error may be the database failing, so the unread count is
     * left out rather than allowed to fail the error page too.
     */
    public Layout forError(Context ctx, String title) {
        long unread;
        try {
            unread = unreadCount(ctx);
        } catch (RuntimeException e) {
            log.debug("No unread count for the error page", e);
            unread = 0;
        }
        return new Layout(title, unread, CSRF_TOKEN, Notices.take(ctx), Nav.NONE, null);
    }

    private long unreadCount(Context ctx) {
        return entries.list(CurrentUser.id(ctx), new EntryService.Filter(null, ReadFilter.UNREAD, null, null, 1, 0))
                .total();
    }
}
