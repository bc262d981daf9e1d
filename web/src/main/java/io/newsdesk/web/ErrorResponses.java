package io.newsdesk.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.web.http.ErrorFormat;
import io.newsdesk.web.http.ServiceErrors;
import io.newsdesk.web.pages.Layouts;
import io.newsdesk.web.pages.PageRenderer;
import io.newsdesk.web.ui.ErrorPage;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into a response a person or client can act on: JSON
 * {@code {"error": …, "status": …}} for the API and health check, the error page for the UI, and
 * each reader app protocol's own shape on its routes ({@link ErrorFormat}).
 * Stack traces never leave the server; an unexpected failure is logged under a short id that the
 * response quotes, so a report can be matched to the log.
 */
final class ErrorResponses {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    private final PageRenderer pages;
    private final Layouts layouts;
    private final List<ErrorFormat> formats;

    ErrorResponses(PageRenderer pages, Layouts layouts, List<ErrorFormat> formats) {
        this.pages = pages;
        this.layouts = layouts;
        this.formats = List.copyOf(formats);
    }

    void addTo(RoutesConfig routes) {
        routes.exception(NewsdeskException.class, this::serviceFailure);
        routes.exception(HttpResponseException.class, this::httpFailure);
        routes.exception(Exception.class, this::unexpected);
    }

    private void serviceFailure(NewsdeskException e, Context ctx) {
        int status = ServiceErrors.status(e.kind());
        if (e.kind() == NewsdeskException.Kind.INTERNAL) {
            String id = incidentId();
            log.error("Error {} answering {} {}", id, ctx.method(), ctx.path(), e);
            respond(ctx, status, e.getMessage() + " (error id " + id + ")");
            return;
        }
        respond(ctx, status, e.getMessage());
    }

    private void httpFailure(HttpResponseException e, Context ctx) {
        if (e instanceof EndpointNotFound) {
            boolean machine = isApi(ctx) || formats.stream().anyMatch(format -> format.covers(ctx.path()));
            respond(ctx, 404, machine ? "no such endpoint: " + ctx.method() + " " + ctx.path() : null);
        } else if (e instanceof MethodNotAllowedResponse) {
            String allowed = e.getDetails().values().stream().findFirst().orElse("");
            if (!allowed.isEmpty()) {
                ctx.header("Allow", allowed);
            }
            respond(ctx, 405, "method " + ctx.method() + " is not allowed on " + ctx.path()
                    + (allowed.isEmpty() ? "" : "; use " + allowed));
        } else {
            respond(ctx, e.getStatus(), e.getMessage());
        }
    }

    private void unexpected(Exception e, Context ctx) {
        String id = incidentId();
        log.error("Unexpected error {} answering {} {}", id, ctx.method(), ctx.path(), e);
        respond(ctx, 500, "internal error (error id " + id + "): the request could not be completed; "
                + "the server's log has the details");
    }

    /**
     * Answers {@code status} with {@code message}, as JSON or as the error page.
     *
     * @param message what happened and what to do, or {@code null} for the status's usual words
     */
    private void respond(Context ctx, int status, String message) {
        ctx.removeHeader("Content-Disposition");
        for (ErrorFormat format : formats) {
            if (format.covers(ctx.path())) {
                format.respond(ctx, status, message == null ? "not found" : message);
                return;
            }
        }
        if (isApi(ctx)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", message == null ? "not found" : message);
            body.put("status", status);
            ctx.status(status).json(body);
            return;
        }
        try {
            pages.error(ctx, ErrorPage.of(layouts.forError(ctx, "Error " + status), status, message));
        } catch (RuntimeException renderFailure) {
            log.error("The error page could not be rendered; answering in plain text", renderFailure);
            ctx.status(status).contentType("text/plain; charset=utf-8")
                    .result("Error " + status + (message == null ? "" : ": " + message));
        }
    }

    /** Machine clients talk to the API and the health check; everything else is a page. */
    static boolean isApi(Context ctx) {
        String path = ctx.path();
        return path.equals("/api") || path.startsWith("/api/") || path.equals(HealthCheck.PATH);
    }

    private static String incidentId() {
        return HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }
}
