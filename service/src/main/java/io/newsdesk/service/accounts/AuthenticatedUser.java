package io.newsdesk.service.accounts;

import io.newsdesk.store.StoredUser;

/**
 * The user a request or command acts for, once their credentials were checked.
 *
 * @param id the user's id, which every per-user service call takes
 * @param username the name they sign in with
 * @param admin whether they may manage users
 */
public record AuthenticatedUser(long id, String username, boolean admin) {

    static AuthenticatedUser of(StoredUser user) {
        return new AuthenticatedUser(user.id(), user.username(), user.admin());
    }
}
