package io.newsdesk.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsdesk.service.search.IndexSync;
import io.newsdesk.web.RouteGroup;
import java.util.Map;

/** {@code POST /api/v1/reindex}: rebuilds the search index from the database, in the background. */
public final class IndexApi implements RouteGroup {

    private final Reindexer reindexer;

    public IndexApi(IndexSync index) {
        this.reindexer = new Reindexer(index);
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.post("/api/v1/reindex", this::reindex);
    }

    private void reindex(Context ctx) {
        boolean started = reindexer.start();
        ctx.status(202).json(Map.of("status", started ? "started" : "already_running"));
    }
}
