package io.newsdesk.web.websub;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsdesk.service.websub.PublicUrl;
import io.newsdesk.service.websub.WebSubCallbacks;
import io.newsdesk.service.websub.WebSubCallbacks.Verification;
import io.newsdesk.web.RouteGroup;
import io.newsdesk.web.http.BodyLimits;

/**
 * {@code /websub/callback/{id}}: where WebSub hubs confirm subscriptions (GET) and deliver new
 * content (POST). Hubs are other sites' servers, so these routes are not under the API's
 * cross-site guard; a callback's unguessable id and the delivery's signature authenticate them.
 * Deliveries are feed documents, read within the upload limit.
 */
public final class WebSubCallbackRoutes implements RouteGroup {

    /** Every callback URL starts with this path. */
    public static final String PREFIX = "/" + PublicUrl.CALLBACK_PATH;
    /** The route, with the subscription's callback id as {@code {id}}. */
    public static final String PATH = PREFIX + "{id}";

    private static final String TEXT = "text/plain; charset=utf-8";

    private final WebSubCallbacks callbacks;
    private final BodyLimits limits;

    public WebSubCallbackRoutes(WebSubCallbacks callbacks, BodyLimits limits) {
        this.callbacks = callbacks;
        this.limits = limits;
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(PATH, this::verify);
        routes.post(PATH, this::deliver);
    }

    /** Echoes the challenge when Newsdesk asked for what the hub confirms; 404 says it did not. */
    private void verify(Context ctx) {
        Verification request = new Verification(ctx.queryParam("hub.mode"), ctx.queryParam("hub.topic"),
                ctx.queryParam("hub.challenge"), ctx.queryParam("hub.lease_seconds"), ctx.queryParam("hub.reason"));
        callbacks.verify(ctx.pathParam("id"), request).ifPresentOrElse(
                body -> ctx.status(200).contentType(TEXT).result(body),
                () -> notFound(ctx));
    }

    /**
     * Acknowledges every delivery to a known subscription with 202, stored or not: the spec wants
     * a hub to learn nothing from a forged delivery's answer.
     */
    private void deliver(Context ctx) {
        byte[] body = limits.readUpload(ctx);
        switch (callbacks.deliver(ctx.pathParam("id"), body, ctx.header("Content-Type"), ctx.header("X-Hub-Signature"))) {
            case STORED, IGNORED -> ctx.status(202);
            case UNKNOWN -> notFound(ctx);
        }
    }

    private static void notFound(Context ctx) {
        ctx.status(404).contentType(TEXT).result("no such subscription");
    }
}
