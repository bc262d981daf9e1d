package io.newsdesk.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.NewsdeskConfig;
import io.newsdesk.service.json.Json;
import io.newsdesk.web.WebServer;
import io.newsdesk.web.WebSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;

/**
 * {@code newsdesk serve} in this JVM: a Newsdesk with its background polling and indexing, served
 * on a free loopback port, and a client for its REST API.
 */
final class RunningServer implements AutoCloseable {

    /** How long the server may take to notice what a command stored: its indexer looks every few seconds. */
    static final Duration PATIENCE = Duration.ofSeconds(60);

    private final Newsdesk newsdesk;
    private final WebServer server;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private RunningServer(Newsdesk newsdesk, WebServer server) {
        this.newsdesk = newsdesk;
        this.server = server;
    }

    static RunningServer start(Path dataDir) {
        Newsdesk newsdesk = Newsdesk.open(NewsdeskConfig.defaults(dataDir).withAllowPrivateNetworks(true));
        try {
            newsdesk.startBackgroundWork();
            return new RunningServer(newsdesk, WebServer.start(newsdesk, WebSettings.defaults().withPort(0)));
        } catch (RuntimeException e) {
            newsdesk.close();
            throw e;
        }
    }

    /** GETs an API path and returns the JSON answer; fails the test on any status but 200. */
    JsonNode get(String path) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
            }
            return Json.mapper().readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("GET " + path + " did not answer JSON", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The status the server answers a GET of {@code path} with, sending {@code headers} (name, value, …). */
    int status(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(30));
        if (headers.length > 0) {
            request.headers(headers);
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Asks for {@code path}'s status until it is {@code expected}, within {@link #PATIENCE}; returns
     * the last status seen.
     */
    int awaitStatus(String path, int expected) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        int status = status(path);
        while (status != expected && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            status = status(path);
        }
        return status;
    }

    /** The server's search answer for {@code query} ({@code {"total", "results"}}). */
    JsonNode search(String query) {
        return get("/api/v1/search?limit=50&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    /**
     * Asks the server's search until the answer satisfies {@code condition}, within {@link #PATIENCE};
     * returns that answer, or the last one when time ran out (for the test's assertion to show).
     */
    JsonNode awaitSearch(String query, Predicate<JsonNode> condition) throws InterruptedException {
        Instant deadline = Instant.now().plus(PATIENCE);
        JsonNode answer = search(query);
        while (!condition.test(answer) && Instant.now().isBefore(deadline)) {
            Thread.sleep(200);
            answer = search(query);
        }
        return answer;
    }

    @Override
    public void close() {
        try {
            server.close();
        } finally {
            newsdesk.close();
        }
    }
}
