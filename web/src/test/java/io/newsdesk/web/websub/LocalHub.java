package io.newsdesk.web.websub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A WebSub hub and the publisher of one feed, for tests, on the JDK's HTTP server. It serves
 * {@code /feed}, naming itself as the feed's hub in a {@code Link} header; takes subscription
 * requests at {@code /hub}, answers 202 and then verifies the subscriber's intent for real (a GET
 * on the callback with a challenge it must echo); and delivers content signed with each
 * subscription's secret.
 *
 * <p>Callback URLs name the subscriber's public address; {@link #routeCallbacks} says where that
 * address really is, as a reverse proxy in front of the subscriber would.
 */
final class LocalHub implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(60);

    /**
     * A subscription the subscriber confirmed.
     *
     * @param callback the callback URL as the subscriber gave it
     * @param topic the topic
     * @param secret the secret deliveries are signed with
     */
    record Subscription(String callback, String topic, String secret) {}

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final Map<String, Subscription> confirmed = new ConcurrentHashMap<>();
    private final List<String> events = new CopyOnWriteArrayList<>();
    private volatile String feed = "";
    private volatile String publicPrefix = "";
    private volatile String realPrefix = "";

    private LocalHub() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        server.setExecutor(executor);
        server.createContext("/feed", this::serveFeed);
        server.createContext("/hub", this::takeRequest);
        server.start();
    }

    static LocalHub start() {
        try {
            return new LocalHub();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the local hub", e);
        }
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The feed's document from now on (RSS). */
    void publish(String document) {
        feed = document;
    }

    /** Callback URLs starting with {@code publicPrefix} are reached at {@code realPrefix} instead. */
    void routeCallbacks(String publicPrefix, String realPrefix) {
        this.publicPrefix = publicPrefix;
        this.realPrefix = realPrefix;
    }

    /** What happened, in order: "subscribe confirmed", "unsubscribe refused (404)", … */
    List<String> events() {
        return List.copyOf(events);
    }

    Optional<Subscription> subscription(String topic) {
        return confirmed.values().stream().filter(s -> s.topic().equals(topic)).findFirst();
    }

    /** Waits until the subscriber confirmed a subscription to the topic. */
    Subscription awaitSubscription(String topic) {
        await("a confirmed subscription to " + topic, () -> subscription(topic).isPresent());
        return subscription(topic).orElseThrow();
    }

    /** Waits until {@code event} happened. */
    void awaitEvent(String event) {
        await("the event '" + event + "'", () -> events.contains(event));
    }

    /** Delivers the feed's current document to every confirmed subscription, signed; returns the statuses. */
    List<Integer> distribute() {
        return confirmed.values().stream()
                .map(s -> deliver(s, feed.getBytes(StandardCharsets.UTF_8), signature(s.secret(), feed)))
                .toList();
    }

    /** Delivers {@code body} to the subscription with {@code signature} (or none when {@code null}). */
    int deliver(Subscription subscription, byte[] body, String signature, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(route(subscription.callback()))
                .timeout(WAIT)
                .header("Content-Type", "application/rss+xml; charset=utf-8")
                .header("Link", "<" + url("/hub") + ">; rel=\"hub\", <" + subscription.topic() + ">; rel=\"self\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                // As curl does for large bodies: a server refusing one by its length answers first.
                .expectContinue(body.length > 16 * 1024);
        if (signature != null) {
            request.header("X-Hub-Signature", signature);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request.build()).statusCode();
    }

    /** Tells the subscriber the hub denies its subscription; returns the status. */
    int deny(Subscription subscription, String reason) {
        return get(subscription.callback(), Map.of("hub.mode", "denied", "hub.topic", subscription.topic(),
                "hub.reason", reason)).statusCode();
    }

    /** Sends a verification request of the hub's own making; returns the answer. */
    HttpResponse<String> verify(String callback, String mode, String topic, String challenge) {
        return get(callback, Map.of("hub.mode", mode, "hub.topic", topic, "hub.challenge", challenge,
                "hub.lease_seconds", "86400"));
    }

    /** The X-Hub-Signature a hub computes for the body. */
    static String signature(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new AssertionError(e);
        }
    }

    private void serveFeed(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = feed.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.getResponseHeaders().add("Link",
                    "<" + url("/hub") + ">; rel=\"hub\", <" + url("/feed") + ">; rel=\"self\"");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Accepts a (un)subscription request, then verifies it as a hub does: after answering. */
    private void takeRequest(HttpExchange exchange) throws IOException {
        Map<String, String> form;
        try (exchange) {
            form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            boolean valid = form.containsKey("hub.callback") && form.containsKey("hub.topic")
                    && List.of("subscribe", "unsubscribe").contains(form.get("hub.mode"));
            exchange.sendResponseHeaders(valid ? 202 : 400, -1);
            if (!valid) {
                return;
            }
        }
        executor.submit(() -> verifyIntent(form));
    }

    private void verifyIntent(Map<String, String> request) {
        String mode = request.get("hub.mode");
        String callback = request.get("hub.callback");
        String challenge = UUID.randomUUID().toString();
        HttpResponse<String> answer = verify(callback, mode, request.get("hub.topic"), challenge);
        if (answer.statusCode() / 100 != 2 || !answer.body().equals(challenge)) {
            events.add(mode + " refused (" + answer.statusCode() + ")");
            return;
        }
        if (mode.equals("subscribe")) {
            confirmed.put(callback, new Subscription(callback, request.get("hub.topic"), request.get("hub.secret")));
        } else {
            confirmed.remove(callback);
        }
        events.add(mode + " confirmed");
    }

    private HttpResponse<String> get(String callback, Map<String, String> query) {
        StringBuilder url = new StringBuilder(route(callback).toString()).append(callback.contains("?") ? '&' : '?');
        query.forEach((name, value) -> url.append(encode(name)).append('=').append(encode(value)).append('&'));
        url.setLength(url.length() - 1);
        return send(HttpRequest.newBuilder(URI.create(url.toString())).timeout(WAIT).GET().build());
    }

    private URI route(String callback) {
        return URI.create(callback.startsWith(publicPrefix) ? realPrefix + callback.substring(publicPrefix.length()) : callback);
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

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Polls {@code condition}; the deadline is generous because machines are shared and slow at times. */
    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("gave up waiting after " + WAIT + " for " + what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        http.close();
    }
}
