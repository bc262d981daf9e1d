package io.newsdesk.web.pages;

import io.javalin.http.Context;
import io.newsdesk.service.entries.EntryService;
import io.newsdesk.store.ReadFilter;
import io.newsdesk.web.http.CurrentUser;
import io.newsdesk.web.ui.AccountView;
import io.newsdesk.web.ui.Layout;
import io.newsdesk.web.ui.Nav;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the shared frame of a page for one request: unread count, pending notice, navigation. */
public final class Layouts {

    private static final Logger log = LoggerFactory.getLogger(Layouts.class);

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
        return new Layout(title, unreadCount(ctx), CurrentUser.csrfToken(ctx), Notices.take(ctx), nav, query,
                account(ctx));
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
        return new Layout(title, unread, CurrentUser.csrfToken(ctx), Notices.take(ctx), Nav.NONE, null, account(ctx));
    }

    /** The frame for a page seen before signing in: no unread count, no account links. */
    public Layout forVisitor(Context ctx, String title) {
        return new Layout(title, 0, "", Notices.take(ctx), Nav.NONE, null, null);
    }

    /** The signed-in user for the header, when the request came with a session. */
    private static AccountView account(Context ctx) {
        return CurrentUser.signedIn(ctx)
                ? CurrentUser.find(ctx).map(user -> new AccountView(user.username(), user.admin())).orElse(null)
                : null;
    }

    private long unreadCount(Context ctx) {
        if (CurrentUser.find(ctx).isEmpty()) {
            return 0;
        }
        return entries.list(CurrentUser.id(ctx), new EntryService.Filter(null, ReadFilter.UNREAD, null, null, 1, 0))
                .total();
    }
}
