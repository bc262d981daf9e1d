package io.newsdesk.service.testing;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on a loopback address that answers from routes a test sets up, records every
 * request and counts how many it is answering at once. Requests are answered concurrently, each on
 * its own virtual thread.
 */
public final class FixtureServer implements AutoCloseable {

    /** One request as the server received it. */
    public record Request(String path, Headers headers) {

        /** The first value of the header, or {@code null}. */
        public String header(String name) {
            return headers.getFirst(name);
        }
    }

    /** What to answer to a request. */
    @FunctionalInterface
    public interface Route {
        Reply answer(Request request) throws Exception;
    }

    /** A response: status, headers and body. */
    public record Reply(int status, Map<String, String> headers, byte[] body) {

        public static Reply ok(String contentType, String body) {
            return new Reply(200, Map.of("Content-Type", contentType), body.getBytes(StandardCharsets.UTF_8));
        }

        public static Reply rss(String body) {
            return ok("application/rss+xml; charset=utf-8", body);
        }

        public static Reply status(int status) {
            return new Reply(status, Map.of(), new byte[0]);
        }

        public static Reply redirect(int status, String location) {
            return new Reply(status, Map.of("Location", location), new byte[0]);
        }

        /** This reply with one more header. */
        public Reply header(String name, String value) {
            Map<String, String> more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, more, body);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger active = new AtomicInteger();
    private final AtomicInteger mostActive = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);

    private FixtureServer(String address) throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address), 0), 64);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** A server on 127.0.0.1. */
    public static FixtureServer start() {
        return start("127.0.0.1");
    }

    /** A server on the given loopback address (Linux routes all of 127.0.0.0/8 to loopback). */
    public static FixtureServer start(String loopbackAddress) {
        try {
            return new FixtureServer(loopbackAddress);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a fixture server on " + loopbackAddress, e);
        }
    }

    /** The absolute URL of a path on this server. */
    public String url(String path) {
        InetSocketAddress address = server.getAddress();
        return "http://" + address.getAddress().getHostAddress() + ":" + address.getPort() + path;
    }

    /** Answers requests for {@code path} with {@code route} from now on. */
    public FixtureServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    /** Answers requests for {@code path} with the same reply every time. */
    public FixtureServer serve(String path, Reply reply) {
        return route(path, request -> reply);
    }

    /** Answers requests for {@code path} only once the server closes: a server that never answers. */
    public FixtureServer stall(String path) {
        return route(path, request -> {
            awaitClosing();
            return Reply.status(503);
        });
    }

    /** Blocks until the server closes; for routes that hold a request open. */
    public void awaitClosing() throws InterruptedException {
        closing.await(5, TimeUnit.MINUTES);
    }

    /** The requests for {@code path} so far, oldest first. */
    public List<Request> requests(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    /** How many requests the server has received. */
    public int requestCount() {
        return requests.size();
    }

    /** How many requests are being answered right now. */
    public int active() {
        return active.get();
    }

    /** The most requests the server was answering at one moment. */
    public int mostActive() {
        return mostActive.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = active.incrementAndGet();
        mostActive.accumulateAndGet(now, Math::max);
        try (exchange) {
            Request request = new Request(exchange.getRequestURI().getRawPath(), exchange.getRequestHeaders());
            requests.add(request);
            Route route = routes.get(request.path());
            Reply reply;
            try {
                reply = route == null ? Reply.status(404) : route.answer(request);
            } catch (Exception e) {
                reply = new Reply(500, Map.of(), String.valueOf(e).getBytes(StandardCharsets.UTF_8));
            }
            reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
            boolean empty = reply.body().length == 0 || reply.status() == 304;
            exchange.sendResponseHeaders(reply.status(), empty ? -1 : reply.body().length);
            if (!empty) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply.body());
                }
            }
        } finally {
            active.decrementAndGet();
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
