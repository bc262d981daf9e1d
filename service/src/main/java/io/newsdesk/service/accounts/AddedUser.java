package io.newsdesk.service.accounts;

/**
 * A user just added.
 *
 * @param user the new user
 * @param claimedOwner whether the passwordless local owner became this user, keeping its feeds,
 *     categories and reading state
 */
public record AddedUser(UserInfo user, boolean claimedOwner) {}
