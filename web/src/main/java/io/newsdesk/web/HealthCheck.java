package io.newsdesk.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.newsdesk.service.Newsdesk;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /healthz}: 200 {@code {"status":"ok"}} while the server answers and the database
 * does, 503 otherwise, for load balancers and container health checks.
 */
final class HealthCheck implements Handler {

    static final String PATH = "/healthz";

    private static final Logger log = LoggerFactory.getLogger(HealthCheck.class);

    private final Newsdesk newsdesk;

    HealthCheck(Newsdesk newsdesk) {
        this.newsdesk = newsdesk;
    }

    @Override
    public void handle(Context ctx) {
        boolean healthy;
        try {
            healthy = newsdesk.healthy();
        } catch (RuntimeException e) {
            // A check that fails is an answer ("unavailable"), not an error of the check.
            log.warn("Health check failed", e);
            healthy = false;
        }
        ctx.status(healthy ? 200 : 503).json(Map.of("status", healthy ? "ok" : "unavailable"));
    }
}
