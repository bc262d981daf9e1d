package io.newsdesk.web.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.newsdesk.web.RouteGroup;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /api/v1/openapi.json}: the OpenAPI 3.1 description of the REST API, kept as a resource
 * beside this class. A test fails the build when a route is missing from it.
 */
public final class OpenApiDocument implements RouteGroup {

    public static final String PATH = "/api/v1/openapi.json";
    private static final String RESOURCE = "openapi.json";

    private final byte[] document;

    public OpenApiDocument() {
        this.document = load();
    }

    @Override
    public void addTo(RoutesConfig routes) {
        routes.get(PATH, this::serve);
    }

    private void serve(Context ctx) {
        ctx.contentType("application/json; charset=utf-8").result(document);
    }

    private static byte[] load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI document " + RESOURCE + " is missing from the build");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the OpenAPI document: " + e.getMessage(), e);
        }
    }
}
