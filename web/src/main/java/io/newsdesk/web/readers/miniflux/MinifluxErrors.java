package io.newsdesk.web.readers.miniflux;

import io.javalin.http.Context;
import io.newsdesk.web.http.ErrorFormat;

/** Failures on {@code /v1} as Miniflux answers them: {@code {"error_message": …}}. */
public final class MinifluxErrors implements ErrorFormat {

    @Override
    public boolean covers(String path) {
        return path.equals(MinifluxApi.PREFIX) || path.startsWith(MinifluxApi.PREFIX + "/");
    }

    @Override
    public void respond(Context ctx, int status, String message) {
        if (status == 401) {
            ctx.header("WWW-Authenticate", "Basic realm=\"Newsdesk\"");
        }
        ctx.status(status).json(new MinifluxJson.Error(message));
    }
}
