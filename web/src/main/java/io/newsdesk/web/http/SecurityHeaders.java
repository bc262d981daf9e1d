package io.newsdesk.web.http;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * Adds the browser security headers to every response. The policy allows no inline script or
 * style and no framing; images in entries may come from any web site, media only over http(s).
 * Dynamic responses hold the user's reading data, so they are not stored by caches; static assets
 * set their own caching.
 */
public final class SecurityHeaders implements Handler {

    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' https: http: data:; "
            + "media-src https: http:; style-src 'self'; script-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
    public static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=()";

    private final String staticPrefix;

    /** @param staticPrefix the path under which static assets are served, e.g. {@code /static/} */
    public SecurityHeaders(String staticPrefix) {
        this.staticPrefix = staticPrefix;
    }

    @Override
    public void handle(Context ctx) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Permissions-Policy", PERMISSIONS_POLICY);
        if (!ctx.path().startsWith(staticPrefix)) {
            ctx.header("Cache-Control", "no-store");
        }
    }
}
