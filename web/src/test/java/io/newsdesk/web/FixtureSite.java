package io.newsdesk.web;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A web site on loopback that serves feed fixtures from the shared corpora and a few pages, for
 * subscribing to feeds in tests without leaving the machine.
 */
public final class FixtureSite implements AutoCloseable {

    /** An Atom feed of commit entries ("Recent Commits to v2:main"). */
    public static final String ATOM = "/feeds/atom.xml";
    public static final int ATOM_ENTRIES = 20;
    /** An RSS feed of blog posts ("Artificial truth") with links to the articles. */
    public static final String RSS = "/feeds/rss.xml";
    public static final int RSS_ENTRIES = 25;
    /** A page that announces the Atom feed. */
    public static final String SITE = "/index.html";
    /** A page that announces no feed. */
    public static final String PLAIN_PAGE = "/about.html";

    private record Resource(String contentType, byte[] body) {}

    private static final Resource GONE = new Resource("text/plain", new byte[0]);

    private final HttpServer server;
    private final Map<String, Resource> resources = new ConcurrentHashMap<>();

    private FixtureSite(HttpServer server) {
        this.server = server;
    }

    public static FixtureSite start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        FixtureSite site = new FixtureSite(server);
        site.put(ATOM, "application/atom+xml", SharedCorpora.read(SharedCorpora.feedFixture("small_atom.xml")));
        site.put(RSS, "application/rss+xml", SharedCorpora.read(SharedCorpora.feedFixture("large_rss.xml")));
        site.put(SITE, "text/html; charset=utf-8", html(
                "<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Commits\" href=\"" + ATOM + "\">",
                "<p>A site with a feed.</p>"));
        site.put(PLAIN_PAGE, "text/html; charset=utf-8", html("", "<p>A page that offers no feed at all.</p>"));
        server.createContext("/", site::serve);
        server.start();
        return site;
    }

    private static byte[] html(String head, String body) {
        return ("<!DOCTYPE html><html><head><title>Fixture</title>" + head + "</head><body>" + body + "</body></html>")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Serves {@code body} at {@code path} from now on. */
    public void put(String path, String contentType, byte[] body) {
        resources.put(path, new Resource(contentType, body));
    }

    /** Answers 410 Gone at {@code path} from now on: the publisher removed it for good. */
    public void gone(String path) {
        resources.put(path, GONE);
    }

    /** The absolute URL of {@code path} on this site. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            Resource resource = resources.get(exchange.getRequestURI().getPath());
            if (resource == null || resource == GONE) {
                exchange.sendResponseHeaders(resource == null ? 404 : 410, -1);
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
