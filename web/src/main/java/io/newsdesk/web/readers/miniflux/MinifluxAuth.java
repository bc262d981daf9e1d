package io.newsdesk.web.readers.miniflux;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;
import io.newsdesk.web.readers.ReaderLogins;
import io.newsdesk.web.readers.ReaderUser;

/**
 * Finds who a Miniflux request acts for, before its route runs: an API token in {@code
 * X-Auth-Token}, else a username and password in {@code Authorization: Basic}, as Miniflux checks
 * them. When this Newsdesk needs no sign-in, every request acts for its one user, whatever
 * credentials a client sends (newsboat always sends some).
 */
final class MinifluxAuth implements Handler {

    private static final String USER = MinifluxAuth.class.getName() + ".user";

    private final ReaderLogins logins;

    MinifluxAuth(ReaderLogins logins) {
        this.logins = logins;
    }

    @Override
    public void handle(Context ctx) {
        ctx.attribute(USER, authenticate(ctx));
    }

    /** The user the request acts for, found before the route ran. */
    static ReaderUser user(Context ctx) {
        ReaderUser user = ctx.attribute(USER);
        if (user == null) {
            throw new IllegalStateException("no Miniflux user on " + ctx.path() + ": MinifluxAuth did not run");
        }
        return user;
    }

    private ReaderUser authenticate(Context ctx) {
        var withoutLogin = logins.withoutLogin();
        if (withoutLogin.isPresent()) {
            return withoutLogin.get();
        }
        String token = ctx.header("X-Auth-Token");
        if (token != null && !token.isBlank()) {
            return logins.byToken(token.strip()).orElseThrow(() -> new UnauthorizedResponse(
                    "access unauthorized: the API token in X-Auth-Token is not valid (revoked, or mistyped)"));
        }
        String authorization = ctx.header("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            BasicCredentials credentials = BasicCredentials.parse(authorization);
            return logins.byPassword(credentials.username(), credentials.password(), ctx.ip())
                    .orElseThrow(() -> new UnauthorizedResponse("access unauthorized: wrong username or password"));
        }
        throw new UnauthorizedResponse("access unauthorized: send your username and password (HTTP Basic) "
                + "or an API token (X-Auth-Token)");
    }
}
