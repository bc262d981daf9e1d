package io.newsdesk.web.ui;

import java.util.Objects;

/**
 * The sign-in page.
 *
 * @param layout the shared frame
 * @param username the name typed in the last attempt, or {@code null}
 * @param returnTo the local page to go to once signed in
 * @param error why the last attempt failed, or {@code null}
 * @param noUsersYet whether nobody can sign in yet, so that the page says how to create the
 *     administrator instead of offering a form that cannot succeed
 */
public record LoginPage(Layout layout, String username, String returnTo, String error, boolean noUsersYet) {

    public LoginPage {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(returnTo, "returnTo");
    }
}
