package io.newsdesk.web.http;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The cookie that carries a browser's session secret: {@code HttpOnly} (scripts cannot read it),
 * {@code SameSite=Lax} (other sites' forms do not carry it), {@code Path=/}; over HTTPS also
 * {@code Secure} and named with the {@code __Host-} prefix, which browsers accept only from this
 * very host, so a neighbouring subdomain cannot plant one.
 */
public final class SessionCookie {

    static final String NAME = "newsdesk_session";
    static final String SECURE_NAME = "__Host-" + NAME;

    private final AccessPolicy access;
    private final Clock clock;

    /** @param clock the time the session's end is counted from, the accounts' own */
    public SessionCookie(AccessPolicy access, Clock clock) {
        this.access = access;
        this.clock = clock;
    }

    /** The session secret the browser sent, or {@code null}. */
    public String read(Context ctx) {
        return ctx.cookie(name(ctx));
    }

    /** Hands the browser a session that ends at {@code expiresAt}. */
    public void write(Context ctx, String secret, Instant expiresAt) {
        long seconds = Math.max(0, Duration.between(clock.instant(), expiresAt).toSeconds());
        ctx.cookie(cookie(ctx, secret, (int) Math.min(Integer.MAX_VALUE, seconds)));
    }

    /** Tells the browser to forget its session cookie. */
    public void clear(Context ctx) {
        ctx.cookie(cookie(ctx, "", 0));
    }

    private Cookie cookie(Context ctx, String value, int maxAge) {
        boolean secure = access.secureCookies(ctx);
        return new Cookie(secure ? SECURE_NAME : NAME, value, "/", maxAge, secure, true, null, SameSite.LAX);
    }

    private String name(Context ctx) {
        return access.secureCookies(ctx) ? SECURE_NAME : NAME;
    }
}
