package io.newsdesk.web.http;

import io.newsdesk.service.accounts.AuthenticatedUser;

/**
 * Who a request acts for and how that was established.
 *
 * @param user the user
 * @param csrfToken the session's CSRF token when the request came with a session cookie, else
 *     {@code null} (personal mode, tokens and Basic credentials need none)
 */
record RequestIdentity(AuthenticatedUser user, String csrfToken) {

    boolean bySession() {
        return csrfToken != null;
    }
}
