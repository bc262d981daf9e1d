package io.newsdesk.web.readers.greader;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.UnauthorizedResponse;
import io.newsdesk.web.readers.ReaderLogins;
import io.newsdesk.web.readers.ReaderUser;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * Who a Google Reader request acts for ({@code Authorization: GoogleLogin auth=TOKEN}, the token
 * ClientLogin handed out, or an API token), and the action token ({@code T}) that writes carry.
 *
 * <p>The action token is derived from the sign-in token, so it needs no storage and changes when
 * the client signs in again. It guards nothing a browser could forge (the sign-in token travels in
 * a header no other site can set), so, as FreshRSS does, writes without one, or with Reeder's
 * placeholder {@code x}, are accepted; a wrong one is refused, and clients that send one back with
 * the trailing newline {@code token} ended with are understood.
 */
final class GoogleReaderAuth implements Handler {

    /** Google's action tokens were 57 characters long; some clients check. */
    static final int ACTION_TOKEN_LENGTH = 57;

    private static final String SCHEME = "googlelogin";
    private static final String USER = GoogleReaderAuth.class.getName() + ".user";
    private static final String SECRET = GoogleReaderAuth.class.getName() + ".secret";

    private final ReaderLogins logins;

    GoogleReaderAuth(ReaderLogins logins) {
        this.logins = logins;
    }

    @Override
    public void handle(Context ctx) {
        Optional<ReaderUser> withoutLogin = logins.withoutLogin();
        if (withoutLogin.isPresent()) {
            ctx.attribute(USER, withoutLogin.get());
            ctx.attribute(SECRET, "");
            return;
        }
        String token = token(ctx.header("Authorization"));
        ReaderUser user = logins.byToken(token).orElseThrow(() -> new UnauthorizedResponse(
                "Unauthorized: the GoogleLogin token is not valid (expired or revoked); sign in again"));
        ctx.attribute(USER, user);
        ctx.attribute(SECRET, token);
    }

    /** The user the request acts for, found before the route ran. */
    static ReaderUser user(Context ctx) {
        ReaderUser user = ctx.attribute(USER);
        if (user == null) {
            throw new IllegalStateException(
                    "no Google Reader user on " + ctx.path() + ": GoogleReaderAuth did not run");
        }
        return user;
    }

    /** The action token for the request's sign-in. */
    static String actionToken(Context ctx) {
        String secret = ctx.attribute(SECRET);
        return derive(secret == null ? "" : secret);
    }

    /**
     * Checks the action token {@code T} of a write.
     *
     * @throws UnauthorizedResponse with {@code Google-Bad-Token: true}, which tells clients to
     *     fetch a new one, when a token is sent that is not this sign-in's
     */
    static void checkActionToken(Context ctx, String sent) {
        String token = sent == null ? "" : sent.strip();
        if (token.isEmpty() || token.equals("x")) {
            return;
        }
        byte[] expected = actionToken(ctx).getBytes(StandardCharsets.UTF_8);
        if (!MessageDigest.isEqual(expected, token.getBytes(StandardCharsets.UTF_8))) {
            ctx.header("Google-Bad-Token", "true");
            throw new UnauthorizedResponse("Unauthorized: the action token T is not valid for this sign-in; "
                    + "fetch a new one from reader/api/0/token");
        }
    }

    /** The token of a {@code GoogleLogin auth=TOKEN} header. */
    private static String token(String header) {
        if (header == null || header.isBlank()) {
            throw new UnauthorizedResponse("Unauthorized: send Authorization: GoogleLogin auth=TOKEN, "
                    + "with the token accounts/ClientLogin gave");
        }
        String value = header.strip();
        int space = value.indexOf(' ');
        if (space < 0 || !value.substring(0, space).toLowerCase(Locale.ROOT).equals(SCHEME)) {
            throw new UnauthorizedResponse("Unauthorized: the Authorization header must be GoogleLogin auth=TOKEN");
        }
        String parameter = value.substring(space + 1).strip();
        if (!parameter.toLowerCase(Locale.ROOT).startsWith("auth=") || parameter.length() == "auth=".length()) {
            throw new UnauthorizedResponse("Unauthorized: malformed GoogleLogin header: expected auth=TOKEN");
        }
        return parameter.substring("auth=".length()).strip();
    }

    private static String derive(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("newsdesk google reader action token\n" + secret).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, ACTION_TOKEN_LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
