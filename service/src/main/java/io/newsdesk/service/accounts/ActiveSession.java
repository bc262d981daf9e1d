package io.newsdesk.service.accounts;

import java.time.Instant;

/**
 * A browser's valid session.
 *
 * @param user who signed in
 * @param csrfToken the token the session's forms and scripts must send with every change (a
 *     digest of the session's secret, so it needs no storage and dies with the session)
 * @param expiresAt when the session ends however much it is used
 */
public record ActiveSession(AuthenticatedUser user, String csrfToken, Instant expiresAt) {}
