package io.newsdesk.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.RunningServer;
import io.newsdesk.web.WebServer;
import io.newsdesk.web.readers.ReaderApiDocument;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The OpenAPI document describes exactly the routes the server answers: a new route without docs fails the build. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private RunningServer running;
    private JsonNode document;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        running = RunningServer.start(dataDir);
        HttpResponse<String> response = running.get("/api/v1/openapi.json");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RunningServer.contentType(response)).isEqualTo("application/json;charset=utf-8");
        document = RunningServer.json(response);
    }

    @AfterAll
    void stop() {
        running.close();
    }

    @Test
    void isOpenApi31() {
        assertThat(document.get("openapi").asText()).matches("3\\.1\\.\\d+");
        assertThat(document.get("info").get("title").asText()).isNotBlank();
    }

    @Test
    void everyApiRouteIsDocumented() {
        List<String> apiRoutes = running.server.routes().stream()
                .filter(route -> route.path().startsWith("/api/"))
                .map(OpenApiDocumentTest::key)
                .toList();
        assertThat(apiRoutes).isNotEmpty().contains("GET /api/v1/feeds", "PUT /api/v1/entries/read");
        // The Google Reader API lives under /api/ too; reader-app protocols are documented in
        // docs/reader-apis.md, which ReaderApisDocumentedTest holds to the routes both ways.
        Set<String> documented = new HashSet<>(documented());
        documented.addAll(ReaderApiDocument.routes());
        assertThat(documented).containsAll(apiRoutes);
    }

    @Test
    void everyDocumentedOperationIsRouted() {
        Set<String> routed = running.server.routes().stream().map(OpenApiDocumentTest::key).collect(Collectors.toSet());
        assertThat(routed).containsAll(documented());
    }

    @Test
    void everyReferenceResolves() {
        List<String> refs = document.findValuesAsText("$ref");
        assertThat(refs).isNotEmpty();
        for (String ref : refs) {
            assertThat(ref).startsWith("#/");
            JsonNode target = document.at(ref.substring(1));
            assertThat(target.isMissingNode()).as(ref).isFalse();
        }
    }

    @Test
    void documentsTheSharedShapesAndErrors() {
        JsonNode schemas = document.get("components").get("schemas");
        assertThat(schemas.has("Entry")).isTrue();
        assertThat(schemas.has("Feed")).isTrue();
        assertThat(schemas.get("Error").get("required")).extracting(JsonNode::asText).containsExactly("error", "status");
        assertThat(document.at("/components/schemas/Entry/properties").has("published_precision")).isTrue();
    }

    private List<String> documented() {
        List<String> operations = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : document.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                if (METHODS.contains(operation.getKey())) {
                    operations.add(operation.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        return operations;
    }

    private static String key(WebServer.Route route) {
        return route.method() + " " + route.path();
    }
}
