package io.newsdesk.bench.polling;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * A small HTTP/1.1 server (GET, keep-alive, Content-Length) on several loopback addresses, each a
 * host of its own, that counts how many requests it is answering per host at every moment.
 *
 * <p>Its own, rather than the JDK's, for one reason: a request that is never answered (a site that
 * hangs) must stop counting as in progress the moment the client gives up and hangs up, or the
 * count would show more requests at once than the client ever made. Here the hanging request
 * waits on its socket and sees the client close it. Seeing it takes a moment, in which the
 * client's next request to the host may already arrive; so when a new request would take a host
 * past the bound the client is meant to keep while one of its requests hangs, the count waits up
 * to {@link #SETTLE} for the hang-up before it counts. A client that really keeps a hanging
 * request open beside its bound's worth of others is still counted: its hang-up never comes.
 */
final class LoopbackHttpServer implements AutoCloseable {

    /** The longest request head read; a client sending more gets its connection closed. */
    private static final int MAX_HEAD_BYTES = 16 * 1024;
    /** How long a hanging request waits for its client to give up before the server does. */
    private static final Duration LONGEST_HANG = Duration.ofMinutes(5);
    /** Far longer than a hang-up takes to arrive on loopback, far shorter than any client timeout. */
    static final Duration SETTLE = Duration.ofSeconds(1);

    /** A request as read: the host it came to (0-based), its path and its headers (names in lower case). */
    record Request(int host, String path, Map<String, String> headers) {}

    /**
     * What to answer.
     *
     * @param status the status code; 0 for never answering, until the client hangs up
     * @param headers header names and values, beyond Content-Length
     * @param delay how long to wait before answering
     */
    record Reply(int status, Map<String, String> headers, byte[] body, Duration delay) {

        static Reply hang() {
            return new Reply(0, Map.of(), new byte[0], Duration.ZERO);
        }

        static Reply status(int status) {
            return new Reply(status, Map.of(), new byte[0], Duration.ZERO);
        }
    }

    /** Answers requests; called on a virtual thread per connection. */
    @FunctionalInterface
    interface Handler {
        Reply answer(Request request);
    }

    private final List<ServerSocket> sockets;
    private final Handler handler;
    private final ExecutorService connections = Executors.newVirtualThreadPerTaskExecutor();
    private final int perHostBound;
    private final AtomicIntegerArray active;
    private final AtomicIntegerArray hanging;
    private final AtomicIntegerArray mostActive;

    private LoopbackHttpServer(List<ServerSocket> sockets, int perHostBound, Handler handler) {
        this.sockets = sockets;
        this.perHostBound = perHostBound;
        this.handler = handler;
        this.active = new AtomicIntegerArray(sockets.size());
        this.hanging = new AtomicIntegerArray(sockets.size());
        this.mostActive = new AtomicIntegerArray(sockets.size());
    }

    /**
     * Starts listening on 127.0.0.1 to 127.0.0.{hosts}, each on a free port.
     *
     * @param perHostBound how many requests at once per host the client is meant to keep; only
     *     used to tell a hang-up still on its way from a request too many (see {@link #SETTLE})
     * @throws IOException when an address cannot be bound (only Linux routes all of 127.0.0.0/8 to
     *     the loopback interface)
     */
    static LoopbackHttpServer start(int hosts, int perHostBound, Handler handler) throws IOException {
        if (hosts < 1 || hosts > 254) {
            throw new IllegalArgumentException("hosts must be between 1 and 254, not " + hosts);
        }
        List<ServerSocket> sockets = new ArrayList<>(hosts);
        try {
            for (int host = 1; host <= hosts; host++) {
                InetAddress address = InetAddress.getByAddress(new byte[] {127, 0, 0, (byte) host});
                sockets.add(new ServerSocket(0, 512, address));
            }
        } catch (IOException e) {
            for (ServerSocket socket : sockets) {
                socket.close();
            }
            throw new IOException("cannot listen on 127.0.0." + (sockets.size() + 1) + " (" + e.getMessage()
                    + "); on systems that route only 127.0.0.1 to loopback, use one host", e);
        }
        LoopbackHttpServer server = new LoopbackHttpServer(List.copyOf(sockets), perHostBound, handler);
        for (int host = 0; host < sockets.size(); host++) {
            int index = host;
            Thread.ofVirtual().name("polling-server-accept-" + host).start(() -> server.accept(index));
        }
        return server;
    }

    /** Where each host listens, as {@code 127.0.0.n:port}, in host order. */
    List<String> addresses() {
        return sockets.stream()
                .map(socket -> socket.getInetAddress().getHostAddress() + ":" + socket.getLocalPort())
                .toList();
    }

    /** The most requests any one host was answering at one moment since the last reset. */
    int mostActivePerHost() {
        int most = 0;
        for (int host = 0; host < mostActive.length(); host++) {
            most = Math.max(most, mostActive.get(host));
        }
        return most;
    }

    /** How many requests all hosts are answering right now. */
    int activeRequests() {
        int now = 0;
        for (int host = 0; host < active.length(); host++) {
            now += active.get(host);
        }
        return now;
    }

    /** Starts counting the most requests at once afresh. */
    void resetMostActive() {
        for (int host = 0; host < mostActive.length(); host++) {
            mostActive.set(host, active.get(host));
        }
    }

    private void accept(int host) {
        ServerSocket socket = sockets.get(host);
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                connections.submit(() -> serve(host, connection));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(int host, Socket connection) {
        try (connection) {
            InputStream in = new BufferedInputStream(connection.getInputStream());
            OutputStream out = new BufferedOutputStream(connection.getOutputStream());
            while (true) {
                Request request = readRequest(host, in);
                if (request == null) {
                    return;
                }
                begin(host);
                boolean inProgress = true;
                try {
                    Reply reply = handler.answer(request);
                    if (reply.status() == 0) {
                        hanging.incrementAndGet(host);
                        try {
                            awaitHangUp(connection, in);
                        } finally {
                            // Counted out before the hang is, so a request waiting for the hang-up counts without it.
                            active.decrementAndGet(host);
                            inProgress = false;
                            hanging.decrementAndGet(host);
                        }
                        return;
                    }
                    if (reply.delay().isPositive()) {
                        Thread.sleep(reply.delay());
                    }
                    write(out, reply);
                } finally {
                    if (inProgress) {
                        active.decrementAndGet(host);
                    }
                }
                if ("close".equalsIgnoreCase(request.headers().get("connection"))) {
                    return;
                }
            }
        } catch (IOException | InterruptedException clientGoneOrStopping) {
            // The connection ends either way.
        }
    }

    private void begin(int host) throws InterruptedException {
        active.incrementAndGet(host);
        long deadline = System.nanoTime() + SETTLE.toNanos();
        while (active.get(host) > perHostBound && hanging.get(host) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        mostActive.accumulateAndGet(host, active.get(host), Math::max);
    }

    /** Waits until the client closes the connection, which it does when its timeout strikes. */
    private static void awaitHangUp(Socket connection, InputStream in) throws IOException {
        connection.setSoTimeout((int) LONGEST_HANG.toMillis());
        try {
            while (in.read() >= 0) {
                // A client does not send on a connection whose request is unanswered; ignore it if it does.
            }
        } catch (SocketTimeoutException e) {
            // The client waited even longer than the server: give up on it.
        }
    }

    /** Reads one request head; {@code null} when the client closed the connection or sent nonsense. */
    private static Request readRequest(int host, InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0 || head.size() >= MAX_HEAD_BYTES) {
                return null;
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : (b == '\r' ? 1 : 0);
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] requestLine = lines[0].split(" ");
        if (requestLine.length != 3) {
            return null;
        }
        Map<String, String> headers = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            if (colon > 0) {
                headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip());
            }
        }
        String target = requestLine[1];
        int query = target.indexOf('?');
        return new Request(host, query < 0 ? target : target.substring(0, query), Map.copyOf(headers));
    }

    private static void write(OutputStream out, Reply reply) throws IOException {
        StringBuilder head = new StringBuilder("HTTP/1.1 ").append(reply.status()).append(" ")
                .append(reason(reply.status())).append("\r\n");
        reply.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        boolean noBody = reply.status() == 304;
        if (!noBody) {
            head.append("Content-Length: ").append(reply.body().length).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (!noBody) {
            out.write(reply.body());
        }
        out.flush();
    }

    private static String reason(int status) {
        return switch (status) {
            case 200 -> "OK";
            case 304 -> "Not Modified";
            case 404 -> "Not Found";
            case 410 -> "Gone";
            case 500 -> "Internal Server Error";
            default -> "Status";
        };
    }

    @Override
    public void close() throws IOException {
        for (ServerSocket socket : sockets) {
            socket.close();
        }
        connections.shutdownNow();
    }
}
