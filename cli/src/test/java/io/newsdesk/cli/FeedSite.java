package io.newsdesk.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A web site on loopback that serves what a test puts on it; anything else is 404. */
final class FeedSite implements AutoCloseable {

    /** An RSS 2.0 feed of 25 blog posts, "Artificial truth". */
    static final String RSS = "/feeds/rss.xml";
    static final int RSS_ENTRIES = 25;
    /** An Atom feed of 20 commits, "Recent Commits to v2:main". */
    static final String ATOM = "/feeds/atom.xml";
    static final int ATOM_ENTRIES = 20;
    /** A page that is neither a feed nor announces one. */
    static final String PAGE = "/about.html";
    /** Served as a feed, but not one. */
    static final String BROKEN_FEED = "/feeds/broken.xml";

    private record Resource(String contentType, byte[] body) {}

    private final HttpServer server;
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();

    private FeedSite(HttpServer server) {
        this.server = server;
    }

    /** A site serving the feeds and pages named by this class's constants. */
    static FeedSite start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FeedSite site = new FeedSite(server);
        site.put(RSS, "application/rss+xml", Fixtures.read(Fixtures.miniflux("large_rss.xml")));
        site.put(ATOM, "application/atom+xml", Fixtures.read(Fixtures.miniflux("small_atom.xml")));
        site.put(PAGE, "text/html; charset=utf-8",
                "<!DOCTYPE html><html><head><title>About</title></head><body><p>No feed here.</p></body></html>"
                        .getBytes(StandardCharsets.UTF_8));
        site.put(BROKEN_FEED, "application/rss+xml",
                "Not a feed at all, only a sentence.".getBytes(StandardCharsets.UTF_8));
        server.createContext("/", site::serve);
        server.start();
        return site;
    }

    void put(String path, String contentType, byte[] body) {
        resources.put(path, new Resource(contentType, body));
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Resource resource = resources.get(exchange.getRequestURI().getPath());
            if (resource == null) {
                exchange.sendResponseHeaders(404, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", resource.contentType());
            exchange.sendResponseHeaders(200, resource.body().length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(resource.body());
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
