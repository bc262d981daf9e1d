package io.newsdesk.e2e.support;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * The REST API as a client program sees it, over plain HTTP on loopback. Every call returns the
 * answer whatever its status, so tests can assert on errors as on successes.
 */
public final class ApiClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Longer than any single check of a feed (the fetcher's idle timeout is 20 s). */
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(90);

    private final URI baseUri;
    private final HttpClient http;

    public ApiClient(URI baseUri) {
        this.baseUri = baseUri;
        // No proxy: every request stays on this machine, whatever the environment configures.
        this.http = HttpClient.newBuilder()
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public ApiResponse get(String path) {
        return send(request(path).GET());
    }

    /** Posts {@code body} serialized as JSON. */
    public ApiResponse postJson(String path, Object body) {
        return post(path, "application/json", toJson(body));
    }

    /** Patches with {@code body} serialized as JSON. */
    public ApiResponse patchJson(String path, Object body) {
        return send("PATCH", path, "application/json", toJson(body));
    }

    /** Posts {@code body} as it is, declared as {@code contentType}. */
    public ApiResponse post(String path, String contentType, String body) {
        return send("POST", path, contentType, body);
    }

    /** Sends {@code body} as it is, declared as {@code contentType}, with any method. */
    public ApiResponse send(String method, String path, String contentType, String body) {
        return send(request(path)
                .header("Content-Type", contentType)
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** Posts with an empty body (actions such as refresh). */
    public ApiResponse post(String path) {
        return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** Like {@link #post(String)}, without waiting for the answer. */
    public CompletableFuture<ApiResponse> postAsync(String path) {
        return http.sendAsync(request(path).POST(HttpRequest.BodyPublishers.noBody()).build(),
                        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                .thenApply(ApiClient::toResponse);
    }

    public ApiResponse delete(String path) {
        return send(request(path).DELETE());
    }

    /** {@code GET /api/v1/search?q=QUERY}. */
    public ApiResponse search(String query) {
        return get("/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(baseUri.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json");
    }

    private ApiResponse send(HttpRequest.Builder request) {
        try {
            return toResponse(http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException("request to " + baseUri + " failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + baseUri, e);
        }
    }

    private static ApiResponse toResponse(HttpResponse<String> response) {
        return new ApiResponse(response.statusCode(), response.headers(), response.body());
    }

    private static String toJson(Object body) {
        try {
            return MAPPER.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + body + " as JSON", e);
        }
    }
}
