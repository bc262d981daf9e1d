package io.newsdesk.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.accounts.AccountService;
import io.newsdesk.service.accounts.AuthenticatedUser;
import io.newsdesk.service.accounts.LoginOutcome;
import io.newsdesk.service.accounts.NewSession;
import io.newsdesk.service.accounts.NewToken;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.AccessPolicy;
import io.newsdesk.web.http.CurrentUser;
import io.newsdesk.web.http.RequestParams;
import io.newsdesk.web.http.ServiceErrors;
import io.newsdesk.web.http.SessionCookie;
import io.newsdesk.web.ui.Nav;
import io.newsdesk.web.ui.Notice;
import io.newsdesk.web.ui.SettingsPage;
import io.newsdesk.web.ui.SettingsPage.CreatedToken;
import io.newsdesk.web.ui.TimeContext;
import io.newsdesk.web.ui.TokenRow;
import java.time.Clock;
import java.util.Objects;

/** The signed-in user's settings page: changing the password, creating and revoking API tokens. */
public final class SettingsPages implements RouteGroup {

    private static final String SETTINGS = "/settings";

    private final AccountService accounts;
    private final AccessPolicy access;
    private final SessionCookie cookie;
    private final Layouts layouts;
    private final PageRenderer pages;
    private final Clock clock;

    public SettingsPages(AccountService accounts, AccessPolicy access, SessionCookie cookie, Layouts layouts,
            PageRenderer pages, Clock clock) {
        this.accounts = accounts;
        this.access = access;
        this.cookie = cookie;
        this.layouts = layouts;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(SETTINGS, ctx -> show(ctx, 200, null, null, null));
        routes.post("/settings/password", this::changePassword);
        routes.post("/settings/tokens", this::createToken);
        routes.post("/settings/tokens/{id}/revoke", this::revokeToken);
    }

    private void show(Context ctx, int status, CreatedToken created, String passwordError, String tokenError) {
        AuthenticatedUser user = CurrentUser.get(ctx);
        TimeContext time = TimeContext.of(clock);
        pages.settings(ctx, status, new SettingsPage(
                layouts.of(ctx, "Settings", Nav.SETTINGS, null),
                user.username(),
                !access.personal(),
                accounts.tokens().list(user.id()).stream().map(token -> TokenRow.from(token, time)).toList(),
                created, passwordError, tokenError));
    }

    /**
     * Checks the current password (throttled like a sign-in), sets the new one, and signs this
     * browser in again: the change ended every session, this one included.
     */
    private void changePassword(Context ctx) {
        AuthenticatedUser user = CurrentUser.get(ctx);
        if (access.personal()) {
            show(ctx, 409, null, "Nobody signs in to this Newsdesk yet: create an account with "
                    + "`newsdesk user add NAME --admin` first.", null);
            return;
        }
        String newPassword = ctx.formParam("new_password");
        if (!Objects.equals(newPassword, ctx.formParam("repeat_password"))) {
            show(ctx, 400, null, "The new password and its repetition differ.", null);
            return;
        }
        if (!(accounts.login(user.username(), ctx.formParam("current_password"), ctx.ip())
                instanceof LoginOutcome.Success)) {
            show(ctx, 400, null, "The current password is not right (or there were too many attempts: wait a little).",
                    null);
            return;
        }
        try {
            accounts.users().changePassword(user.username(), newPassword);
        } catch (NewsdeskException e) {
            if (e.kind() == NewsdeskException.Kind.INTERNAL) {
                throw e;
            }
            show(ctx, ServiceErrors.status(e.kind()), null, capitalized(e.getMessage()) + ".", null);
            return;
        }
        NewSession session = accounts.sessions().start(user);
        cookie.write(ctx, session.secret(), session.expiresAt());
        Notices.redirect(ctx, SETTINGS, Notice.success(
                "Password changed. Other browsers, API tokens and app sign-ins must sign in again."));
    }

    /** Shows the new token's secret in the page itself: it must not travel in a cookie or a URL. */
    private void createToken(Context ctx) {
        long user = CurrentUser.id(ctx);
        NewToken token;
        try {
            token = accounts.tokens().create(user, RequestParams.formText(ctx, "name"));
        } catch (NewsdeskException e) {
            if (e.kind() == NewsdeskException.Kind.INTERNAL) {
                throw e;
            }
            show(ctx, ServiceErrors.status(e.kind()), null, null, capitalized(e.getMessage()) + ".");
            return;
        }
        show(ctx, 201, new CreatedToken(token.token().name(), token.secret()), null, null);
    }

    private void revokeToken(Context ctx) {
        long id = RequestParams.pathId(ctx, "id");
        accounts.tokens().revoke(CurrentUser.id(ctx), id);
        Notices.redirect(ctx, SETTINGS, Notice.success("Revoked the token: programs using it are refused from now on."));
    }

    private static String capitalized(String message) {
        return message.isEmpty() ? message : Character.toUpperCase(message.charAt(0)) + message.substring(1);
    }
}
