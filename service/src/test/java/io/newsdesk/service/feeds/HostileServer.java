package io.newsdesk.service.feeds;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A server on a loopback address that writes raw bytes, for responses no well-behaved HTTP server
 * sends: endless headers, bodies that trickle forever, encodings nobody asked for. Every response
 * closes its connection.
 */
final class HostileServer implements AutoCloseable {

    /** Writes a raw response; may block, and may never finish. */
    @FunctionalInterface
    interface Responder {
        void respond(OutputStream out) throws Exception;
    }

    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
    private final Map<String, Responder> routes = new ConcurrentHashMap<>();

    HostileServer(String address) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getByName(address));
        Thread.ofVirtual().start(this::accept);
    }

    String url(String path) {
        return "http://" + socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort() + path;
    }

    HostileServer route(String path, Responder responder) {
        routes.put(path, responder);
        return this;
    }

    /** A complete response with the head lines given, a Content-Length and the body. */
    static Responder complete(String statusLine, String headers, byte[] body) {
        return out -> {
            write(out, statusLine + "\r\n" + headers + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n");
            out.write(body);
            out.flush();
        };
    }

    static void write(OutputStream out, String text) throws IOException {
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
            Responder responder = routes.getOrDefault(path,
                    complete("HTTP/1.1 404 Not Found", "", new byte[0]));
            responder.respond(connection.getOutputStream());
        } catch (IOException clientWentAway) {
            // The client gave up on the response, which is what these responses are for.
        }
        return null;
    }

    /** Reads the request head and returns the path of its request line. */
    private static String requestPath(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
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
        socket.close();
        connections.shutdownNow();
    }
}
