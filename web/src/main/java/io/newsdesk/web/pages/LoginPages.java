package io.newsdesk.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.newsdesk.service.accounts.AccountService;
import io.newsdesk.service.accounts.LoginOutcome;
import io.newsdesk.service.accounts.NewSession;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.AccessPolicy;
import io.newsdesk.web.http.CurrentUser;
import io.newsdesk.web.http.RequestParams;
import io.newsdesk.web.http.SessionCookie;
import io.newsdesk.web.ui.Hrefs;
import io.newsdesk.web.ui.LoginPage;
import io.newsdesk.web.ui.Notice;

/**
 * Signing in and out. A sign-in starts a new session (never reuses one the browser brought, so a
 * session id planted before sign-in is worthless); signing out ends it in the database, not only
 * in the browser.
 */
public final class LoginPages implements RouteGroup {

    /** The sign-in page; it needs no user. */
    public static final String PATH = "/login";
    private static final String LOGOUT = "/logout";

    private final AccountService accounts;
    private final AccessPolicy access;
    private final SessionCookie cookie;
    private final Layouts layouts;
    private final PageRenderer pages;

    public LoginPages(AccountService accounts, AccessPolicy access, SessionCookie cookie, Layouts layouts,
            PageRenderer pages) {
        this.accounts = accounts;
        this.access = access;
        this.cookie = cookie;
        this.layouts = layouts;
        this.pages = pages;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(PATH, this::show);
        routes.post(PATH, this::signIn);
        routes.post(LOGOUT, this::signOut);
    }

    private void show(Context ctx) {
        String returnTo = afterSignIn(ctx.queryParam("return_to"));
        if (access.personal() || CurrentUser.signedIn(ctx)) {
            ctx.redirect(returnTo, HttpStatus.SEE_OTHER);
            return;
        }
        render(ctx, 200, null, returnTo, null);
    }

    private void signIn(Context ctx) {
        String returnTo = afterSignIn(RequestParams.formText(ctx, "return_to"));
        if (access.personal()) {
            Notices.redirect(ctx, returnTo, Notice.info("Nobody needs to sign in here: this Newsdesk has no "
                    + "accounts yet. Create one with `newsdesk user add NAME --admin` to require sign-in."));
            return;
        }
        String username = RequestParams.formText(ctx, "username");
        String password = ctx.formParam("password");
        switch (accounts.login(username, password, ctx.ip())) {
            case LoginOutcome.Success success -> {
                String previous = cookie.read(ctx);
                if (previous != null) {
                    accounts.sessions().end(previous);
                }
                NewSession session = accounts.sessions().start(success.user());
                cookie.write(ctx, session.secret(), session.expiresAt());
                ctx.redirect(returnTo, HttpStatus.SEE_OTHER);
            }
            case LoginOutcome.Refused refused ->
                    render(ctx, 401, username, returnTo, "Wrong username or password.");
            case LoginOutcome.Throttled throttled -> {
                long seconds = Math.max(1, throttled.retryAfter().toSeconds());
                ctx.header("Retry-After", String.valueOf(seconds));
                render(ctx, 429, username, returnTo, "Too many failed attempts. Try again in "
                        + seconds + (seconds == 1 ? " second." : " seconds."));
            }
        }
    }

    private void signOut(Context ctx) {
        String secret = cookie.read(ctx);
        if (secret != null) {
            accounts.sessions().end(secret);
        }
        cookie.clear(ctx);
        ctx.redirect(PATH, HttpStatus.SEE_OTHER);
    }

    /** A local page to go to once signed in; never the sign-in page itself, which would loop. */
    static String afterSignIn(String requested) {
        String target = Hrefs.localOrHome(requested);
        return target.startsWith(PATH) || target.startsWith(LOGOUT) ? "/" : target;
    }

    private void render(Context ctx, int status, String username, String returnTo, String error) {
        boolean noUsersYet = !accounts.accountsEnabled();
        pages.login(ctx, status, new LoginPage(layouts.forVisitor(ctx, "Sign in"), username, returnTo, error, noUsersYet));
    }
}
