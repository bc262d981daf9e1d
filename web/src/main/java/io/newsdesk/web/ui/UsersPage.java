package io.newsdesk.web.ui;

import java.util.List;
import java.util.Objects;

/**
 * The administrators' page: every user, a form to add one.
 *
 * @param layout the shared frame
 * @param users every user, in the order they were added
 * @param formUsername the name typed in a failed attempt to add a user, or {@code null}
 * @param formAdmin whether that attempt asked for an administrator
 * @param error why adding failed, or {@code null}
 */
public record UsersPage(Layout layout, List<UserRow> users, String formUsername, boolean formAdmin, String error) {

    public UsersPage {
        Objects.requireNonNull(layout, "layout");
        users = List.copyOf(users);
    }
}
