package io.newsdesk.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsdesk.service.accounts.AccountService;
import io.newsdesk.service.accounts.AuthenticatedUser;
import io.newsdesk.service.accounts.NewToken;
import io.newsdesk.service.json.JsonShapes;
import io.newsdesk.store.StoredToken;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.BodyLimits;
import io.newsdesk.web.http.CurrentUser;
import io.newsdesk.web.http.RequestParams;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /api/v1/me} and {@code /api/v1/tokens}: who the request acts for, and their API tokens
 * (listed without secrets; a new token's secret is in the answer to its creation only).
 */
public final class AccountApi implements RouteGroup {

    private static final Set<String> NEW_TOKEN_FIELDS = Set.of("name");

    private final AccountService accounts;
    private final BodyLimits limits;

    public AccountApi(AccountService accounts, BodyLimits limits) {
        this.accounts = accounts;
        this.limits = limits;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get("/api/v1/me", this::me);
        routes.get("/api/v1/tokens", this::list);
        routes.post("/api/v1/tokens", this::create);
        routes.delete("/api/v1/tokens/{id}", this::revoke);
    }

    private void me(Context ctx) {
        AuthenticatedUser user = CurrentUser.get(ctx);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", user.id());
        body.put("username", user.username());
        body.put("is_admin", user.admin());
        ctx.json(body);
    }

    private void list(Context ctx) {
        List<StoredToken> tokens = accounts.tokens().list(CurrentUser.id(ctx));
        ctx.json(JsonShapes.page(tokens.size(), "tokens", tokens.stream().map(AccountApi::token).toList()));
    }

    private void create(Context ctx) {
        JsonBody body = JsonBody.read(ctx, limits).allowOnly(NEW_TOKEN_FIELDS);
        NewToken created = accounts.tokens().create(CurrentUser.id(ctx), body.requiredText("name"));
        Map<String, Object> answer = token(created.token());
        answer.put("token", created.secret());
        ctx.status(201).header("Location", "/api/v1/tokens/" + created.token().id()).json(answer);
    }

    private void revoke(Context ctx) {
        accounts.tokens().revoke(CurrentUser.id(ctx), RequestParams.pathId(ctx, "id"));
        ctx.status(204);
    }

    private static Map<String, Object> token(StoredToken token) {
        Map<String, Object> shape = new LinkedHashMap<>();
        shape.put("id", token.id());
        shape.put("name", token.name());
        shape.put("kind", token.kind().code());
        shape.put("created_at", token.createdAt());
        shape.put("last_used_at", token.lastUsedAt());
        shape.put("expires_at", token.expiresAt());
        return shape;
    }
}
