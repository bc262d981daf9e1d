package io.newsdesk.e2e.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A web server on loopback that plays the publishers: each path is a {@link FixtureFeed} whose
 * answer the test controls; any other path is 404.
 */
public final class FixtureServer implements AutoCloseable {

    private final HttpServer server;
    private final ExecutorService workers;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final Map<String, FixtureFeed> feeds = new ConcurrentHashMap<>();

    private FixtureServer(HttpServer server, ExecutorService workers) {
        this.server = server;
        this.workers = workers;
    }

    /** Starts a server on 127.0.0.1 at a free port. */
    public static FixtureServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            // A thread per request: a stalled request must not hold up the others.
            ExecutorService workers = Executors.newThreadPerTaskExecutor(
                    Thread.ofPlatform().daemon().name("fixture-server-", 0).factory());
            FixtureServer fixtures = new FixtureServer(server, workers);
            server.setExecutor(workers);
            server.createContext("/", fixtures::dispatch);
            server.start();
            return fixtures;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the fixture server", e);
        }
    }

    /** The feed at {@code path}, created (answering 404 until something is published) on first use. */
    public FixtureFeed feed(String path) {
        return feeds.computeIfAbsent(path, p -> new FixtureFeed(url(p), closing));
    }

    /** The absolute URL of {@code path} on this server. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void dispatch(HttpExchange exchange) throws IOException {
        try (exchange) {
            FixtureFeed feed = feeds.get(exchange.getRequestURI().getPath());
            if (feed == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                feed.handle(exchange);
            }
        }
    }

    /** Releases stalled requests and stops serving. */
    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        workers.shutdownNow();
    }
}
