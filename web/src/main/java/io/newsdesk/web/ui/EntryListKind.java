package io.newsdesk.web.ui;

/** Which entries a list page shows; decides its heading, navigation entry and empty state. */
public enum EntryListKind {
    /** Unread entries of all feeds ({@code /}). */
    UNREAD("Unread", Nav.UNREAD, "/"),
    /** Every entry ({@code /?status=all}). */
    ALL("All entries", Nav.ALL, "/?status=all"),
    /** Starred entries ({@code /starred}). */
    STARRED("Starred", Nav.STARRED, "/starred"),
    /** The entries of one feed ({@code /feeds/{id}/entries}). */
    FEED("Feed", Nav.FEEDS, null);

    private final String heading;
    private final Nav nav;
    private final String path;

    EntryListKind(String heading, Nav nav, String path) {
        this.heading = heading;
        this.nav = nav;
        this.path = path;
    }

    /** The heading for lists of this kind; a feed's list is headed by the feed's title instead. */
    public String heading() {
        return heading;
    }

    /** The navigation entry lists of this kind belong to. */
    public Nav nav() {
        return nav;
    }

    /** The list's path and query without an offset; {@code null} for {@link #FEED}, whose path has the feed's id. */
    public String path() {
        return path;
    }
}
