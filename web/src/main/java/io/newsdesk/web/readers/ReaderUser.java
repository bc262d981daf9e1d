package io.newsdesk.web.readers;

/**
 * The user a reader app's request acts for.
 *
 * @param id the user's id
 * @param username their login name
 * @param admin whether they administer this Newsdesk
 */
public record ReaderUser(long id, String username, boolean admin) {}
