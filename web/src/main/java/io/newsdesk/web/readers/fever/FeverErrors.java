package io.newsdesk.web.readers.fever;

import io.javalin.http.Context;
import io.newsdesk.web.http.ErrorFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failures under {@code /fever/} in Fever's shape. Fever clients know one failure, {@code "auth":
 * 0} with status 200 ("sign in again"); anything else is still a Fever answer, with the status
 * saying what went wrong and an {@code error} member saying what to do.
 */
public final class FeverErrors implements ErrorFormat {

    @Override
    public boolean covers(String path) {
        return path.equals(FeverApi.PATH) || path.startsWith(FeverApi.PATH + "/");
    }

    @Override
    public void respond(Context ctx, int status, String message) {
        if (status == 401) {
            ctx.status(200).json(FeverApi.base(false, 0));
            return;
        }
        Map<String, Object> body = new LinkedHashMap<>(FeverApi.base(FeverAuth.authenticated(ctx), 0));
        body.put("error", message);
        ctx.status(status).json(body);
    }
}
