package io.newsdesk.bench.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;

/**
 * Serves a fixed set of documents over HTTP on loopback only, the way a publisher's web server
 * would: with a Content-Type, and gzip-compressed when the client accepts it (compressed once, up
 * front, so serving costs next to nothing next to the client under test).
 *
 * <p>The documents are spread over several loopback addresses (127.0.0.1, 127.0.0.2, …), each a
 * host of its own, because a polite client limits its concurrency per host and real subscriptions
 * come from many sites.
 */
public final class FeedServer implements AutoCloseable {

    private static final int STOP_DELAY_SECONDS = 0;

    private final List<HttpServer> servers;
    private final ExecutorService workers;
    private final List<URI> urls;
    private final AtomicLong requests;

    private FeedServer(List<HttpServer> servers, ExecutorService workers, List<URI> urls, AtomicLong requests) {
        this.servers = servers;
        this.workers = workers;
        this.urls = urls;
        this.requests = requests;
    }

    /**
     * Starts serving.
     *
     * @param documents what to serve; their paths must differ
     * @param hosts over how many loopback addresses to spread them (1 to 254)
     * @throws IOException when a loopback address cannot be bound (only Linux routes all of
     *     127.0.0.0/8 to the loopback interface; use one host elsewhere)
     */
    public static FeedServer start(List<ServedDocument> documents, int hosts) throws IOException {
        if (hosts < 1 || hosts > 254) {
            throw new IllegalArgumentException("hosts must be between 1 and 254, not " + hosts);
        }
        Map<String, Prepared> byPath = new HashMap<>();
        for (ServedDocument document : documents) {
            if (byPath.put(document.path(), Prepared.of(document)) != null) {
                throw new IllegalArgumentException("two documents at " + document.path());
            }
        }
        AtomicLong requests = new AtomicLong();
        ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor();
        List<HttpServer> servers = new ArrayList<>(hosts);
        try {
            for (int host = 1; host <= hosts; host++) {
                InetAddress address = InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) host});
                HttpServer server = bind(address);
                server.setExecutor(workers);
                server.createContext("/", exchange -> answer(exchange, byPath, requests));
                server.start();
                servers.add(server);
            }
        } catch (IOException | RuntimeException e) {
            servers.forEach(server -> server.stop(STOP_DELAY_SECONDS));
            workers.close();
            throw e;
        }
        List<URI> urls = new ArrayList<>(documents.size());
        for (int i = 0; i < documents.size(); i++) {
            InetSocketAddress bound = servers.get(i % hosts).getAddress();
            urls.add(URI.create("http://" + bound.getAddress().getHostAddress() + ":" + bound.getPort()
                    + documents.get(i).path()));
        }
        return new FeedServer(List.copyOf(servers), workers, List.copyOf(urls), requests);
    }

    private static HttpServer bind(InetAddress address) throws IOException {
        try {
            return HttpServer.create(new InetSocketAddress(address, 0), 0);
        } catch (IOException e) {
            throw new IOException("cannot serve feeds on " + address.getHostAddress() + " (" + e.getMessage()
                    + "); on systems that only route 127.0.0.1 to loopback, serve from one host", e);
        }
    }

    /** The URL of each document, in the order given to {@link #start}. */
    public List<URI> urls() {
        return urls;
    }

    /** How many requests were answered so far, errors included. */
    public long requests() {
        return requests.get();
    }

    private static void answer(HttpExchange exchange, Map<String, Prepared> byPath, AtomicLong requests)
            throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            Prepared document = byPath.get(exchange.getRequestURI().getPath());
            String method = exchange.getRequestMethod();
            if (document == null || !(method.equals("GET") || method.equals("HEAD"))) {
                exchange.sendResponseHeaders(document == null ? 404 : 405, -1);
                return;
            }
            boolean gzip = acceptsGzip(exchange.getRequestHeaders().getFirst("Accept-Encoding"));
            byte[] body = gzip ? document.gzipped() : document.document().body();
            exchange.getResponseHeaders().set("Content-Type", document.document().contentType());
            exchange.getResponseHeaders().set("Vary", "Accept-Encoding");
            if (gzip) {
                exchange.getResponseHeaders().set("Content-Encoding", "gzip");
            }
            if (method.equals("HEAD")) {
                exchange.sendResponseHeaders(200, -1);
                return;
            }
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** Whether an Accept-Encoding header lists gzip without refusing it ({@code q=0}). */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.split(";");
            if (!parts[0].strip().toLowerCase(Locale.ROOT).equals("gzip")) {
                continue;
            }
            for (int i = 1; i < parts.length; i++) {
                String parameter = parts[i].strip().replace(" ", "");
                if (parameter.matches("(?i)q=0(\\.0{0,3})?")) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        servers.forEach(server -> server.stop(STOP_DELAY_SECONDS));
        workers.close();
    }

    /** A document with its gzip form, compressed once. */
    private record Prepared(ServedDocument document, byte[] gzipped) {

        static Prepared of(ServedDocument document) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(document.body().length / 3 + 64);
            try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
                gzip.write(document.body());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot compress " + document.path(), e);
            }
            return new Prepared(document, out.toByteArray());
        }
    }
}
