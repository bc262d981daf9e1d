package io.newsdesk.web.ui;

/** The main navigation's destinations; a page names the one it belongs to. */
public enum Nav {
    UNREAD,
    STARRED,
    ALL,
    FEEDS,
    /** The signed-in user's settings: password and API tokens. */
    SETTINGS,
    /** Administrators' list of users. */
    USERS,
    /** A page outside the main navigation (search, article, error). */
    NONE
}
