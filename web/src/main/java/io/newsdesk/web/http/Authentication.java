package io.newsdesk.web.http;

import io.javalin.http.BadRequestResponse;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpStatus;
import io.javalin.http.UnauthorizedResponse;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.accounts.AccountService;
import io.newsdesk.service.accounts.ActiveSession;
import io.newsdesk.service.accounts.AuthenticatedUser;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Decides, before any route runs, who a request acts for (see {@link CurrentUser}), and refuses
 * anonymous ones where sign-in is required ({@link AccessPolicy}).
 *
 * <p>Credentials, in this order: {@code Authorization: Basic} (username and password),
 * {@code Authorization: Bearer} or {@code X-Auth-Token} (an API token), the session cookie. Wrong
 * credentials are answered 401 rather than treated as none, so a client learns its token is bad.
 * Anonymous requests get 401 with a JSON message under {@code /api/}, and a redirect to the sign-in
 * page elsewhere.
 *
 * <p>Requests signed in by their session cookie must also carry the session's CSRF token
 * ({@code X-CSRF-Token} header or {@code _csrf} form field) to change anything: the cookie is sent
 * by the browser whoever asks it to, the token only by Newsdesk's own pages. Token and Basic
 * requests need none, since browsers never add those on their own.
 */
public final class Authentication implements Handler {

    /** The sign-in page, which shows who is signed in but refuses nobody. */
    private static final String LOGIN_PATH = "/login";
    private static final Set<HandlerType> STATE_CHANGING =
            Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);
    private static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String CSRF_FIELD = "_csrf";
    private static final AuthenticatedUser LOCAL_OWNER = new AuthenticatedUser(Newsdesk.OWNER, "owner", true);
    private static final String CHALLENGE = "Bearer realm=\"Newsdesk\", Basic realm=\"Newsdesk\", charset=\"UTF-8\"";
    private static final int MAX_RETURN_TO = 2000;

    private final AccessPolicy access;
    private final AccountService accounts;
    private final SessionCookie cookie;
    private final Set<String> publicPrefixes;
    private final Predicate<String> selfAuthenticating;

    /**
     * @param publicPrefixes paths (or prefixes ending in {@code /}) that need no user
     * @param selfAuthenticating paths whose routes check their own protocol's credentials (reader
     *     apps): left alone here, except that in personal mode they too act as the local owner
     */
    public Authentication(AccessPolicy access, AccountService accounts, SessionCookie cookie,
            Set<String> publicPrefixes, Predicate<String> selfAuthenticating) {
        this.access = access;
        this.accounts = accounts;
        this.cookie = cookie;
        this.publicPrefixes = Set.copyOf(publicPrefixes);
        this.selfAuthenticating = selfAuthenticating;
    }

    @Override
    public void handle(Context ctx) {
        String path = ctx.path();
        if (isPublic(path)) {
            return;
        }
        if (access.personal()) {
            CurrentUser.set(ctx, new RequestIdentity(LOCAL_OWNER, null));
            return;
        }
        if (path.equals(LOGIN_PATH)) {
            // The sign-in page shows who is signed in already, if anyone; it never refuses.
            session(ctx).ifPresent(session -> CurrentUser.set(ctx, session));
            return;
        }
        if (selfAuthenticating.test(path)) {
            return;
        }
        Optional<RequestIdentity> identity = credentials(ctx);
        if (identity.isEmpty()) {
            refuseAnonymous(ctx);
            return;
        }
        if (identity.get().bySession() && STATE_CHANGING.contains(ctx.method())) {
            checkCsrfToken(ctx, identity.get().csrfToken());
        }
        CurrentUser.set(ctx, identity.get());
    }

    private boolean isPublic(String path) {
        return publicPrefixes.stream()
                .anyMatch(prefix -> prefix.endsWith("/") ? path.startsWith(prefix) : path.equals(prefix));
    }

    private Optional<RequestIdentity> credentials(Context ctx) {
        String authorization = ctx.header("Authorization");
        if (authorization != null && !authorization.isBlank()) {
            return Optional.of(new RequestIdentity(fromAuthorization(ctx, authorization.strip()), null));
        }
        String token = ctx.header("X-Auth-Token");
        if (token != null) {
            return Optional.of(new RequestIdentity(accounts.authenticateToken(token.strip())
                    .orElseThrow(() -> unauthorized(ctx, "the X-Auth-Token is not a valid API token: it may have "
                            + "been revoked, or its user's password changed")), null));
        }
        return session(ctx);
    }

    private AuthenticatedUser fromAuthorization(Context ctx, String authorization) {
        int space = authorization.indexOf(' ');
        String scheme = (space < 0 ? authorization : authorization.substring(0, space)).toLowerCase(Locale.ROOT);
        String value = space < 0 ? "" : authorization.substring(space + 1).strip();
        return switch (scheme) {
            case "bearer" -> accounts.authenticateToken(value).orElseThrow(() -> unauthorized(ctx,
                    "the bearer token is not a valid API token: it may have been revoked, or its user's password changed"));
            case "basic" -> {
                String[] pair = basicCredentials(ctx, value);
                yield accounts.authenticatePassword(pair[0], pair[1], ctx.ip()).orElseThrow(() -> unauthorized(ctx,
                        "wrong username or password (or too many failed attempts: wait a little)"));
            }
            default -> throw unauthorized(ctx, "the Authorization scheme is not supported here: use Basic "
                    + "(username and password) or Bearer (an API token)");
        };
    }

    private static String[] basicCredentials(Context ctx, String encoded) {
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw unauthorized(ctx, "malformed Basic credentials: expected base64 of username:password");
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            throw unauthorized(ctx, "malformed Basic credentials: expected base64 of username:password");
        }
        return new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    }

    private Optional<RequestIdentity> session(Context ctx) {
        String secret = cookie.read(ctx);
        if (secret == null || secret.isEmpty()) {
            return Optional.empty();
        }
        Optional<ActiveSession> session = accounts.sessions().resume(secret);
        if (session.isEmpty()) {
            cookie.clear(ctx);
        }
        return session.map(active -> new RequestIdentity(active.user(), active.csrfToken()));
    }

    private void refuseAnonymous(Context ctx) {
        if (isApi(ctx.path())) {
            throw unauthorized(ctx, access.personal() || accounts.accountsEnabled()
                    ? "sign in first: send an API token (X-Auth-Token or Authorization: Bearer) or Basic credentials"
                    : "no user can sign in yet: the administrator must be created on the server with "
                            + "`newsdesk user add NAME --admin`");
        }
        String target = ctx.method() == HandlerType.GET ? returnTo(ctx) : null;
        ctx.redirect(target == null ? LOGIN_PATH
                : LOGIN_PATH + "?return_to=" + URLEncoder.encode(target, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
        ctx.skipRemainingHandlers();
    }

    private static String returnTo(Context ctx) {
        String query = ctx.queryString();
        String target = ctx.path() + (query == null || query.isEmpty() ? "" : "?" + query);
        return target.equals("/") || target.length() > MAX_RETURN_TO ? null : target;
    }

    private static void checkCsrfToken(Context ctx, String expected) {
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null && isForm(ctx)) {
            sent = formField(ctx);
        }
        if (sent == null || !MessageDigest.isEqual(
                sent.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8))) {
            throw new ForbiddenResponse("this form has expired or did not come from Newsdesk's own page: "
                    + "reload the page and try again");
        }
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        if (type == null) {
            return false;
        }
        String media = type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return media.equals("application/x-www-form-urlencoded") || media.equals("multipart/form-data");
    }

    private static String formField(Context ctx) {
        try {
            return ctx.formParam(CSRF_FIELD);
        } catch (RuntimeException e) {
            // The servlet container reports a broken or oversized multipart form this way.
            if (BodyLimits.exceededLimit(e)) {
                throw new ContentTooLargeResponse("the uploaded form is too large");
            }
            throw new BadRequestResponse("the form could not be read: it is not well-formed");
        }
    }

    /** Machine clients talk to the API; everything else is a page. */
    static boolean isApi(String path) {
        return path.equals("/api") || path.startsWith("/api/");
    }

    private static UnauthorizedResponse unauthorized(Context ctx, String message) {
        ctx.header("WWW-Authenticate", CHALLENGE);
        return new UnauthorizedResponse(message);
    }
}
