package io.newsdesk.web.readers.greader;

import io.javalin.http.Context;
import io.newsdesk.web.http.ErrorFormat;

/**
 * Failures under {@code /api/greader.php} as FreshRSS answers them: the status with a short
 * plain-text body, here the message saying what to do.
 */
public final class GoogleReaderErrors implements ErrorFormat {

    @Override
    public boolean covers(String path) {
        return path.equals(GoogleReaderApi.PREFIX) || path.startsWith(GoogleReaderApi.PREFIX + "/");
    }

    @Override
    public void respond(Context ctx, int status, String message) {
        ctx.status(status).contentType("text/plain; charset=utf-8").result(message + "\n");
    }
}
