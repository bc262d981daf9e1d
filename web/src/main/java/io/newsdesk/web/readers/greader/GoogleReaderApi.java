package io.newsdesk.web.readers.greader;

import io.javalin.config.RoutesConfig;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.newsdesk.service.reader.ReaderService;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.readers.ReaderLogins;
import io.newsdesk.web.readers.ReaderUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The Google Reader API as FreshRSS serves it, under {@code /api/greader.php}: sign-in
 * ({@code accounts/ClientLogin}), the action token, subscriptions and folders, streams of items
 * with paging and filters, and reading-state edits. Stream ids may come percent-encoded in the
 * path ({@code stream/contents/feed%2F12}). See {@code docs/reader-apis.md}.
 */
public final class GoogleReaderApi implements RouteGroup {

    /** Where the API lives. */
    public static final String PREFIX = "/api/greader.php";
    private static final String API = PREFIX + "/reader/api/0";
    /** The client name a token is listed under when the client gives none ({@code source}). */
    private static final String UNNAMED_CLIENT = "Google Reader client";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ReaderLogins logins;
    private final GoogleReaderSubscriptions subscriptions;
    private final GoogleReaderStreams streams;
    private final GoogleReaderEdits edits;

    public GoogleReaderApi(ReaderService reader, ReaderLogins logins, Clock clock) {
        this.logins = logins;
        this.subscriptions = new GoogleReaderSubscriptions(reader);
        this.streams = new GoogleReaderStreams(reader, clock);
        this.edits = new GoogleReaderEdits(reader);
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post(PREFIX + "/accounts/ClientLogin", this::clientLogin);
        routes.get(PREFIX + "/accounts/ClientLogin", this::clientLogin);
        routes.before(API + "/*", new GoogleReaderAuth(logins));
        routes.get(API + "/token", this::token);
        routes.get(API + "/user-info", this::userInfo);
        routes.get(API + "/subscription/list", subscriptions::list);
        routes.post(API + "/subscription/edit", subscriptions::edit);
        routes.post(API + "/subscription/quickadd", subscriptions::quickAdd);
        routes.get(API + "/tag/list", subscriptions::tags);
        routes.get(API + "/unread-count", subscriptions::unreadCount);
        routes.get(API + "/stream/contents", streams::contentsOfQuery);
        routes.get(API + "/stream/contents/<streamId>", streams::contentsOfPath);
        routes.get(API + "/stream/items/ids", streams::ids);
        routes.get(API + "/stream/items/contents", streams::byIds);
        routes.post(API + "/stream/items/contents", streams::byIds);
        routes.post(API + "/edit-tag", edits::editTag);
        routes.post(API + "/mark-all-as-read", edits::markAllAsRead);
    }

    /**
     * {@code Email} and {@code Passwd} (form or query; the password or one of the user's API
     * tokens) for a new token, answered as Google did: {@code SID=…}, {@code LSID=…} and {@code
     * Auth=…} lines, or 401 {@code Error=BadAuthentication}.
     */
    private void clientLogin(Context ctx) {
        String email = Params.first(ctx, "Email");
        String password = Params.all(ctx, "Passwd").stream().filter(value -> !value.isEmpty()).findFirst()
                .orElse(null);
        if (email == null || password == null) {
            throw new BadRequestResponse("Error=BadAuthentication\nInfo=send Email and Passwd");
        }
        String token;
        if (logins.withoutLogin().isPresent()) {
            // Nothing checks tokens while no sign-in is needed; should sign-ins be turned on, the
            // app's token fails and it signs in again.
            token = HexFormat.of().formatHex(randomBytes());
        } else {
            Optional<ReaderUser> user = logins.byPassword(email, password, ctx.ip())
                    // People who keep their password out of apps give an API token instead.
                    .or(() -> logins.byToken(password).filter(owner -> owner.username().equals(email)));
            if (user.isEmpty()) {
                ctx.status(401).contentType("text/plain; charset=utf-8")
                        .result("Error=BadAuthentication\nInfo=wrong username or password\n");
                return;
            }
            String client = Optional.ofNullable(Params.first(ctx, "source")).orElse(UNNAMED_CLIENT);
            token = logins.issueClientToken(user.get(), client);
        }
        ctx.contentType("text/plain; charset=utf-8").result("SID=" + token + "\nLSID=null\nAuth=" + token + "\n");
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    /** The action token, with the newline Google ended it with (clients send it back with or without). */
    private void token(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8").result(GoogleReaderAuth.actionToken(ctx) + "\n");
    }

    private void userInfo(Context ctx) {
        ReaderUser user = GoogleReaderAuth.user(ctx);
        String id = Long.toString(user.id());
        ctx.json(new GoogleReaderJson.UserInfo(id, user.username(), id, ""));
    }
}
