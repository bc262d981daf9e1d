package io.newsdesk.web.readers;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.util.List;

/**
 * Sends reader apps that double a slash to the path they meant. People configure a server address
 * with a trailing slash ({@code https://news.example/}) and clients append {@code /v1/feeds} to it;
 * Miniflux and FreshRSS clean such paths, so clients expect it. The answer is a 308, which keeps
 * the method and body; the new location is always a path on this server, never another host.
 */
final class DoubledSlashes implements Handler {

    private final List<String> prefixes;

    /** @param prefixes the reader protocols' paths, such as {@code /v1} */
    DoubledSlashes(List<String> prefixes) {
        this.prefixes = List.copyOf(prefixes);
    }

    @Override
    public void handle(Context ctx) {
        String path = ctx.path();
        if (!path.contains("//")) {
            return;
        }
        String compact = path.replaceAll("/{2,}", "/");
        if (prefixes.stream().anyMatch(prefix -> compact.equals(prefix) || compact.startsWith(prefix + "/"))) {
            String query = ctx.queryString();
            ctx.redirect(query == null ? compact : compact + "?" + query, HttpStatus.PERMANENT_REDIRECT);
            ctx.skipRemainingHandlers();
        }
    }
}
