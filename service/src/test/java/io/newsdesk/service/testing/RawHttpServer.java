package io.newsdesk.service.testing;

import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A web site on a loopback address that writes its responses byte by byte as a test says: well-
 * formed pages and feeds, and what no well-behaved server sends (endless headers, bodies that
 * trickle forever or never finish, encodings nobody asked for, redirects in circles). It counts the
 * bytes each path's responses got out before the client hung up, and every response closes its
 * connection.
 */
public final class RawHttpServer implements AutoCloseable {

    /** Writes a raw response; may block, and may never finish. */
    @FunctionalInterface
    public interface Responder {
        void respond(OutputStream out) throws Exception;
    }

    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Responder> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> written = new ConcurrentHashMap<>();
    private final List<String> requested = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    private RawHttpServer(String address) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getByName(address));
        Thread.ofVirtual().start(this::accept);
    }

    /** A site on the given loopback address (all of 127.0.0.0/8 is loopback on Linux). */
    public static RawHttpServer start(String address) {
        try {
            return new RawHttpServer(address);
        } catch (IOException e) {
            throw new IllegalStateException("cannot listen on " + address, e);
        }
    }

    public String url(String path) {
        return "http://" + socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort() + path;
    }

    public RawHttpServer route(String path, Responder responder) {
        routes.put(path, responder);
        return this;
    }

    /** Serves an HTML page at {@code path}. */
    public RawHttpServer page(String path, String html) {
        return route(path, complete("200 OK", "Content-Type: text/html; charset=utf-8\r\n",
                html.getBytes(StandardCharsets.UTF_8)));
    }

    /** How many bytes of responses to {@code path} reached the socket before the client hung up. */
    public long bytesWritten(String path) {
        AtomicLong count = written.get(path);
        return count == null ? 0 : count.get();
    }

    /** How many requests asked for {@code path}. */
    public long requests(String path) {
        return requested.stream().filter(path::equals).count();
    }

    /** Blocks until the server closes: for responses that never finish. */
    public void awaitClosing() throws InterruptedException {
        closing.await(5, TimeUnit.MINUTES);
    }

    /** A complete response with the status, head lines (each ending in CRLF), a Content-Length and the body. */
    public static Responder complete(String status, String headers, byte[] body) {
        return out -> {
            head(out, status, headers + "Content-Length: " + body.length + "\r\n");
            out.write(body);
        };
    }

    /** Writes the status line and head lines, and the blank line that ends the head. */
    public static void head(OutputStream out, String status, String headers) throws IOException {
        write(out, "HTTP/1.1 " + status + "\r\n" + headers + "Connection: close\r\n\r\n");
    }

    /** Writes {@code text} as it is, one byte a character: for heads no well-behaved server sends. */
    public static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    private void accept() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.submit(() -> serve(connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private Void serve(Socket connection) throws Exception {
        try (connection) {
            String path = requestPath(connection.getInputStream());
            requested.add(path);
            Responder responder = routes.getOrDefault(path, complete("404 Not Found", "", new byte[0]));
            AtomicLong count = written.computeIfAbsent(path, p -> new AtomicLong());
            responder.respond(new CountingStream(connection.getOutputStream(), count));
        } catch (IOException clientWentAway) {
            // The client gave up on the response, which is what many of these responses are for.
        }
        return null;
    }

    private static String requestPath(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        byte[] end = {'\r', '\n', '\r', '\n'};
        int matched = 0;
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] requestLine = head.toString(StandardCharsets.ISO_8859_1).split("\r\n", 2)[0].split(" ");
        return requestLine.length > 1 ? requestLine[1] : "";
    }

    @Override
    public void close() throws IOException {
        closing.countDown();
        socket.close();
        connections.shutdownNow();
    }

    /** Counts what reaches the socket: a write that fails because the client hung up is not counted. */
    private static final class CountingStream extends FilterOutputStream {

        private final AtomicLong count;

        CountingStream(OutputStream out, AtomicLong count) {
            super(out);
            this.count = count;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count.addAndGet(length);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count.incrementAndGet();
        }
    }
}
