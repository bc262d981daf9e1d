package io.newsdesk.web.ui;

/**
 * The signed-in user as the page header shows them.
 *
 * @param username their name
 * @param admin whether the header links to user administration
 */
public record AccountView(String username, boolean admin) {}
