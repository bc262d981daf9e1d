package io.newsdesk.web.pages;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.accounts.AccountService;
import io.newsdesk.service.accounts.AddedUser;
import io.newsdesk.service.accounts.AuthenticatedUser;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.CurrentUser;
import io.newsdesk.web.http.RequestParams;
import io.newsdesk.web.http.ServiceErrors;
import io.newsdesk.web.ui.Nav;
import io.newsdesk.web.ui.Notice;
import io.newsdesk.web.ui.TimeContext;
import io.newsdesk.web.ui.UserRow;
import io.newsdesk.web.ui.UsersPage;
import java.time.Clock;

/** Administrators' user management: list, add, remove. Everyone else is refused (403). */
public final class UserAdminPages implements RouteGroup {

    private static final String USERS = "/admin/users";

    private final AccountService accounts;
    private final Layouts layouts;
    private final PageRenderer pages;
    private final Clock clock;

    public UserAdminPages(AccountService accounts, Layouts layouts, PageRenderer pages, Clock clock) {
        this.accounts = accounts;
        this.layouts = layouts;
        this.pages = pages;
        this.clock = clock;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(USERS, ctx -> show(ctx, 200, null, false, null));
        routes.post(USERS, this::add);
        routes.post("/admin/users/{id}/remove", this::remove);
    }

    private void show(Context ctx, int status, String username, boolean admin, String error) {
        AuthenticatedUser viewer = admin(ctx);
        TimeContext time = TimeContext.of(clock);
        pages.users(ctx, status, new UsersPage(
                layouts.of(ctx, "Users", Nav.USERS, null),
                accounts.users().list().stream().map(user -> UserRow.from(user, viewer.id(), time)).toList(),
                username, admin, error));
    }

    private void add(Context ctx) {
        admin(ctx);
        String username = RequestParams.formText(ctx, "username");
        Boolean admin = RequestParams.formBoolean(ctx, "admin");
        AddedUser added;
        try {
            added = accounts.users().add(username, ctx.formParam("password"), admin != null && admin);
        } catch (NewsdeskException e) {
            if (e.kind() == NewsdeskException.Kind.INTERNAL) {
                throw e;
            }
            show(ctx, ServiceErrors.status(e.kind()), username, admin != null && admin, e.getMessage());
            return;
        }
        Notices.redirect(ctx, USERS, Notice.success("Added " + added.user().username() + "."));
    }

    private void remove(Context ctx) {
        AuthenticatedUser viewer = admin(ctx);
        long id = RequestParams.pathId(ctx, "id");
        if (id == viewer.id()) {
            throw NewsdeskException.conflict("you cannot remove yourself; another administrator can");
        }
        String name = accounts.users().list().stream().filter(user -> user.id() == id).findFirst()
                .map(user -> user.username()).orElse("the user");
        accounts.users().remove(id);
        Notices.redirect(ctx, USERS, Notice.success("Removed " + name + " and their subscriptions."));
    }

    private static AuthenticatedUser admin(Context ctx) {
        AuthenticatedUser user = CurrentUser.get(ctx);
        if (!user.admin()) {
            throw new ForbiddenResponse("only administrators manage users");
        }
        return user;
    }
}
