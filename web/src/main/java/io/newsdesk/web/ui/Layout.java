package io.newsdesk.web.ui;

import java.util.Objects;

/**
 * What the shared frame around every page shows: document title, navigation with the unread
 * count, the search box and a one-time notice.
 *
 * @param title the page's own title, plain text (the app's name is appended)
 * @param unreadCount how many entries are unread, shown next to "Unread"
 * @param csrfToken the token every POST form carries as {@code _csrf}; the scripts send it as
 *     {@code X-CSRF-Token}
 * @param notice a message to show once, or {@code null}
 * @param activeNav the navigation entry this page belongs to
 * @param query the search box's current text, or {@code null}
 * @param account who is signed in, for the header's account links; {@code null} when nobody
 *     signs in (personal mode) or nobody is signed in yet
 */
public record Layout(
        String title, long unreadCount, String csrfToken, Notice notice, Nav activeNav, String query,
        AccountView account) {

    /** The application's name, as shown in the header and the document title. */
    public static final String APP_NAME = "Newsdesk";

    public Layout {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(csrfToken, "csrfToken");
        activeNav = activeNav == null ? Nav.NONE : activeNav;
        unreadCount = Math.max(0, unreadCount);
    }

    /** A frame for a page seen without signing in (personal mode). */
    public Layout(String title, long unreadCount, String csrfToken, Notice notice, Nav activeNav, String query) {
        this(title, unreadCount, csrfToken, notice, activeNav, query, null);
    }

    /**
     * The {@code <title>}: "(12) Unread · Newsdesk". The unread count leads so it stays visible in
     * a narrow browser tab; a blank title leaves just the app's name.
     */
    public String documentTitle() {
        String count = unreadCount > 0 ? "(" + unreadCount + ") " : "";
        String own = title.isBlank() ? "" : title + " · ";
        return count + own + APP_NAME;
    }

    /** The {@code aria-current} value for a navigation link: "page" on its page, else {@code null}. */
    public String ariaCurrent(Nav nav) {
        return nav == activeNav ? "page" : null;
    }

    /** A copy showing {@code notice}. */
    public Layout withNotice(Notice notice) {
        return new Layout(title, unreadCount, csrfToken, notice, activeNav, query, account);
    }
}
