package io.newsdesk.web.http;

import io.javalin.http.Context;
import io.javalin.http.ForbiddenResponse;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.util.Optional;
import java.util.Set;

/**
 * Refuses state-changing requests (POST, PUT, PATCH, DELETE) that a browser sent on behalf of
 * another site: a forged form post or script on a page elsewhere must not change a reader's data.
 * Browsers say where a request comes from in {@code Origin} (and, failing that,
 * {@code Sec-Fetch-Site}); clients that send neither, such as curl or the CLI, are not browsers
 * acting for someone else and pass.
 *
 * <p>Paths where other sites' servers post by design (WebSub hubs delivering content) are exempt:
 * what authenticates those requests is not where they come from but a secret they carry.
 *
 * <p>Requests signed in with a session cookie must in addition carry the session's token in the
 * {@code _csrf} form field or {@code X-CSRF-Token} header ({@link Authentication}), which also
 * covers old browsers that send neither header.
 */
public final class CrossSiteRequestGuard implements Handler {

    private static final Set<HandlerType> STATE_CHANGING =
            Set.of(HandlerType.POST, HandlerType.PUT, HandlerType.PATCH, HandlerType.DELETE);
    private static final int MAX_SHOWN = 100;

    private final Set<String> exemptPrefixes;

    /** @param exemptPrefixes path prefixes that other sites may post to */
    public CrossSiteRequestGuard(Set<String> exemptPrefixes) {
        this.exemptPrefixes = Set.copyOf(exemptPrefixes);
    }

    @Override
    public void handle(Context ctx) {
        if (!STATE_CHANGING.contains(ctx.method()) || exempt(ctx.path())) {
            return;
        }
        refusal(ctx.header("Origin"), ctx.header("Sec-Fetch-Site"), ctx.header("Host"))
                .ifPresent(reason -> {
                    throw new ForbiddenResponse(reason);
                });
    }

    /** Whether other sites may post to {@code path}. */
    boolean exempt(String path) {
        return exemptPrefixes.stream().anyMatch(path::startsWith);
    }

    /**
     * Why a state-changing request with these headers is refused, or empty when it may proceed.
     *
     * @param origin the {@code Origin} header, or {@code null}
     * @param fetchSite the {@code Sec-Fetch-Site} header, or {@code null}
     * @param host the {@code Host} header the request was sent to, or {@code null}
     */
    static Optional<String> refusal(String origin, String fetchSite, String host) {
        if (origin != null && !origin.isBlank()) {
            if (Origins.sameHost(origin, host)) {
                return Optional.empty();
            }
            return Optional.of("cross-site request refused: a page on " + describe(origin)
                    + " may not change data on this Newsdesk; use Newsdesk's own pages or an API client");
        }
        if (fetchSite != null && fetchSite.strip().equalsIgnoreCase("cross-site")) {
            return Optional.of("cross-site request refused: a page on another site may not change data on this "
                    + "Newsdesk; use Newsdesk's own pages or an API client");
        }
        return Optional.empty();
    }

    private static String describe(String origin) {
        String shown = origin.strip();
        if (shown.equals("null")) {
            return "an opaque origin (a sandboxed frame or a local file)";
        }
        return shown.length() > MAX_SHOWN ? shown.substring(0, MAX_SHOWN) + "…" : shown;
    }
}
