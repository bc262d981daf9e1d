package io.newsdesk.fetch;

import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.Callback;

/**
 * An HTTP server on loopback for the fetcher tests, listening on 127.0.0.1 and on 127.0.0.2 (each
 * with its own port), with routes by path and a record of every request received.
 */
final class TestServer implements AutoCloseable {

    /** Answers one request. */
    @FunctionalInterface
    interface Route {
        void handle(TestExchange exchange) throws Exception;
    }

    /** A request as the server saw it. */
    record Received(String path, String query, HttpFields headers, String localAddress) {}

    /** Long enough for any test; stalled handlers are released earlier by {@link #close()}. */
    private static final long MAX_STALL_SECONDS = 60;

    private final Server server = new Server();
    private final ServerConnector primary = connector("127.0.0.1");
    private final ServerConnector secondary = connector("127.0.0.2");
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch released = new CountDownLatch(1);

    TestServer() throws Exception {
        server.addConnector(primary);
        server.addConnector(secondary);
        server.setHandler(new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                dispatch(request, response, callback);
                return true;
            }
        });
        // No graceful stop: it waits for the client's idle keep-alive connections to close and, on a
        // loaded machine, times out and fails the test's teardown.
        server.setStopTimeout(0);
        server.start();
    }

    /** Serves {@code path} (without query) with {@code route}. */
    TestServer route(String path, Route route) {
        routes.put(path, route);
        return this;
    }

    /** Returns the URL of {@code pathAndQuery} on 127.0.0.1. */
    String url(String pathAndQuery) {
        return "http://127.0.0.1:" + primary.getLocalPort() + pathAndQuery;
    }

    /** Returns the URL of {@code pathAndQuery} on 127.0.0.2. */
    String secondaryUrl(String pathAndQuery) {
        return "http://127.0.0.2:" + secondary.getLocalPort() + pathAndQuery;
    }

    int port() {
        return primary.getLocalPort();
    }

    /** Returns every request received so far, in order. */
    List<Received> received() {
        return List.copyOf(received);
    }

    /** Blocks a handler until the test ends, to play a server that stops responding. */
    void stall() throws InterruptedException {
        released.await(MAX_STALL_SECONDS, TimeUnit.SECONDS);
    }

    @Override
    public void close() {
        released.countDown();
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("test server did not stop", e);
        }
    }

    private void dispatch(Request request, Response response, Callback callback) {
        String path = request.getHttpURI().getDecodedPath();
        SocketAddress local = request.getConnectionMetaData().getLocalSocketAddress();
        String localAddress = local instanceof InetSocketAddress inet ? inet.getAddress().getHostAddress() : String.valueOf(local);
        received.add(new Received(path, request.getHttpURI().getQuery(), HttpFields.build(request.getHeaders()).asImmutable(), localAddress));
        Route route = routes.getOrDefault(path, exchange -> exchange.respond(404, "text/plain", "no route"));
        // A Handler.Abstract is blocking by default: Jetty calls it on a pool thread, so routes may block.
        try {
            route.handle(new TestExchange(request, response));
            callback.succeeded();
        } catch (Exception e) {
            callback.failed(e);
        }
    }

    private ServerConnector connector(String host) {
        ServerConnector connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(0);
        return connector;
    }
}
