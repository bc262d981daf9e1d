package io.newsdesk.service.accounts;

import io.newsdesk.store.StoredUser;
import java.time.Instant;

/**
 * A user as administrators see them; never their password hash.
 *
 * @param id the user
 * @param username the name they sign in with
 * @param admin whether they may manage users
 * @param hasPassword whether they can sign in (the local owner of a personal installation cannot)
 * @param createdAt when they were added
 */
public record UserInfo(long id, String username, boolean admin, boolean hasPassword, Instant createdAt) {

    static UserInfo of(StoredUser user) {
        return new UserInfo(user.id(), user.username(), user.admin(), user.hasPassword(), user.createdAt());
    }
}
