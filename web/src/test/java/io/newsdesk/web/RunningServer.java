package io.newsdesk.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.NewsdeskConfig;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.service.json.Json;
import java.io.ByteArrayOutputStream;
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
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * A real server on a free loopback port over a real Newsdesk in a temporary data folder, with an
 * HTTP client that talks to it and does not follow redirects (tests look at them).
 */
public final class RunningServer implements AutoCloseable {

    /**
     * Bodies larger than this are sent after the server agrees (Expect: 100-continue), as curl
     * does: a server that refuses a body by its length answers without reading it, and a client
     * still sending would otherwise see the connection close instead of the answer.
     */
    private static final int LARGE_BODY = 64 * 1024;

    public final Newsdesk newsdesk;
    public final WebServer server;
    private final HttpClient http;

    private RunningServer(Newsdesk newsdesk, WebServer server) {
        this.newsdesk = newsdesk;
        this.server = server;
        this.http = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10))
                .build();
    }

    /** Opens Newsdesk in {@code dataDir} (feeds on loopback allowed) and serves it on a free port. */
    public static RunningServer start(Path dataDir) {
        return start(dataDir, WebSettings.defaults().withPort(0));
    }

    public static RunningServer start(Path dataDir, WebSettings settings) {
        return start(dataDir, UnaryOperator.identity(), settings);
    }

    /** Serves a Newsdesk whose configuration {@code configure} adjusts (feeds on loopback allowed). */
    public static RunningServer start(Path dataDir, UnaryOperator<NewsdeskConfig> configure, WebSettings settings) {
        Newsdesk newsdesk = Newsdesk.open(configure.apply(NewsdeskConfig.defaults(dataDir).withAllowPrivateNetworks(true)));
        try {
            return new RunningServer(newsdesk, WebServer.start(newsdesk, settings));
        } catch (RuntimeException e) {
            newsdesk.close();
            throw e;
        }
    }

    /** Talks to a server started elsewhere, with what these factories do not offer; closing closes both. */
    public static RunningServer serving(Newsdesk newsdesk, WebServer server) {
        return new RunningServer(newsdesk, server);
    }

    /** The server's own origin, as a browser on one of its pages would send it. */
    public String origin() {
        return "http://127.0.0.1:" + server.port();
    }

    public URI uri(String path) {
        return URI.create(origin() + path);
    }

    public HttpResponse<String> get(String path, String... headers) {
        return send(request(path, headers).GET().build());
    }

    /** Sends {@code body} with {@code method}; {@code contentType} may be {@code null} for none. */
    public HttpResponse<String> send(String method, String path, String contentType, byte[] body, String... headers) {
        HttpRequest.BodyPublisher publisher =
                body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body);
        HttpRequest.Builder request = request(path, headers)
                .method(method, publisher)
                .expectContinue(body != null && body.length > LARGE_BODY);
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        return send(request.build());
    }

    public HttpResponse<String> sendJson(String method, String path, String json, String... headers) {
        return send(method, path, "application/json", json.getBytes(StandardCharsets.UTF_8), headers);
    }

    public HttpResponse<String> post(String path, String... headers) {
        return send("POST", path, null, null, headers);
    }

    /** Posts a form as a browser without JavaScript does, from this server's own page. */
    public HttpResponse<String> postForm(String path, String... fields) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < fields.length; i += 2) {
            if (!form.isEmpty()) {
                form.append('&');
            }
            form.append(encode(fields[i])).append('=').append(encode(fields[i + 1]));
        }
        return send("POST", path, "application/x-www-form-urlencoded", form.toString().getBytes(StandardCharsets.UTF_8),
                "Origin", origin());
    }

    /** Posts one file in a multipart form, as the OPML import form does. */
    public HttpResponse<String> postFile(String path, String field, String fileName, byte[] content) {
        String boundary = "newsdesk-test-boundary-7f3a";
        ByteArrayOutputStream form = new ByteArrayOutputStream();
        form.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n\r\n"
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/x-opml\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        form.writeBytes(content);
        form.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send("POST", path, "multipart/form-data; boundary=" + boundary, form.toByteArray(), "Origin", origin());
    }

    private HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** The response's Content-Type, lower case and without spaces ("text/html;charset=utf-8"). */
    public static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").replace(" ", "").toLowerCase(Locale.ROOT);
    }

    /** The response's body as JSON. */
    public static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new AssertionError("not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** Subscribes through the API and returns the new feed's id. */
    public long subscribe(String feedUrl) {
        HttpResponse<String> response = sendJson("POST", "/api/v1/feeds", "{\"url\": \"" + feedUrl + "\"}");
        if (response.statusCode() != 201) {
            throw new AssertionError("subscribing to " + feedUrl + " failed: " + response.statusCode() + " " + response.body());
        }
        return json(response).get("id").asLong();
    }

    /** Imports the shared aggregator teaser through the API and returns the import's answer. */
    public JsonNode importTeaser() {
        HttpResponse<String> response = send("POST", "/api/v1/import", "text/plain; charset=utf-8",
                SharedCorpora.read(SharedCorpora.teaserSample()));
        if (response.statusCode() != 200) {
            throw new AssertionError("importing the teaser failed: " + response.statusCode() + " " + response.body());
        }
        return json(response);
    }

    /** Brings the search index up to date, as the background indexer would. */
    public void syncIndex() {
        newsdesk.syncIndex(ProgressListener.NONE);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
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
