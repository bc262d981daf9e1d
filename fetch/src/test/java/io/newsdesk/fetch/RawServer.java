package io.newsdesk.fetch;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A server on 127.0.0.1 that writes whatever bytes a test wants after reading a request head, for
 * responses no well-behaved HTTP server would produce (endless or oversized headers).
 */
final class RawServer implements AutoCloseable {

    /** Writes the raw response; may block, and may never finish. */
    @FunctionalInterface
    interface Responder {
        void respond(OutputStream out) throws Exception;
    }

    private final ServerSocket socket;
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
    private final Responder responder;

    RawServer(Responder responder) throws IOException {
        this.responder = responder;
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread.ofVirtual().start(this::accept);
    }

    String url(String path) {
        return "http://127.0.0.1:" + socket.getLocalPort() + path;
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
            readHead(connection.getInputStream());
            responder.respond(connection.getOutputStream());
        } catch (IOException clientWentAway) {
            // The client gave up on the response, which is what these tests provoke.
        }
        return null;
    }

    private static void readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        connections.shutdownNow();
    }
}
