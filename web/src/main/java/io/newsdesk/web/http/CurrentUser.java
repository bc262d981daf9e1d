package io.newsdesk.web.http;

import io.javalin.http.Context;
import io.javalin.http.UnauthorizedResponse;
import io.newsdesk.service.accounts.AuthenticatedUser;
import java.util.Optional;

/**
 * Who a request acts for, as {@link Authentication} established it before the route ran: the local
 * owner in personal mode, else the signed-in user (session, token or Basic credentials).
 */
public final class CurrentUser {

    private static final String ATTRIBUTE = "newsdesk.identity";

    private CurrentUser() {}

    /**
     * The user the request acts for.
     *
     * @throws UnauthorizedResponse when the request acts for nobody (a public route, or a reader
     *     protocol's route outside personal mode)
     */
    public static AuthenticatedUser get(Context ctx) {
        return identity(ctx).map(RequestIdentity::user)
                .orElseThrow(() -> new UnauthorizedResponse("sign in to use this"));
    }

    /** The id of the user the request acts for; see {@link #get}. */
    public static long id(Context ctx) {
        return get(ctx).id();
    }

    /** The user, when the request acts for one. */
    public static Optional<AuthenticatedUser> find(Context ctx) {
        return identity(ctx).map(RequestIdentity::user);
    }

    /**
     * The token the request's forms must carry as {@code _csrf} (and scripts as
     * {@code X-CSRF-Token}): the session's, or empty when the request has no session.
     */
    public static String csrfToken(Context ctx) {
        return identity(ctx).map(RequestIdentity::csrfToken).orElse("");
    }

    /** Whether the request came with a signed-in browser session. */
    public static boolean signedIn(Context ctx) {
        return identity(ctx).map(RequestIdentity::bySession).orElse(false);
    }

    static void set(Context ctx, RequestIdentity identity) {
        ctx.attribute(ATTRIBUTE, identity);
    }

    private static Optional<RequestIdentity> identity(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }
}
