package io.newsdesk.web.ui;

import io.newsdesk.domain.DatePrecision;
import io.newsdesk.service.accounts.UserInfo;

/**
 * One user in the administrators' list.
 *
 * @param id the user
 * @param username their name
 * @param admin whether they administer this Newsdesk
 * @param canSignIn whether they have a password
 * @param created when they were added
 * @param removable whether the list offers to remove them (not the viewer themselves)
 */
public record UserRow(long id, String username, boolean admin, boolean canSignIn, Timestamp created, boolean removable) {

    /** The row for a user, as {@code viewerId} sees it. */
    public static UserRow from(UserInfo user, long viewerId, TimeContext time) {
        return new UserRow(user.id(), user.username(), user.admin(), user.hasPassword(),
                time.stamp(user.createdAt(), DatePrecision.SECOND), user.id() != viewerId);
    }
}
