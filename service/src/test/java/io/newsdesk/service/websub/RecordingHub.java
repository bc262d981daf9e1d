package io.newsdesk.service.websub;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * A hub's front door for tests: records the subscription requests posted to {@code /hub} and
 * answers each with a status the test chooses (202 by default). What the hub does next (verify,
 * deliver) the test does itself, through the callbacks, so that it decides when.
 */
final class RecordingHub implements AutoCloseable {

    /** One request as posted: its form fields and Content-Type. */
    record Request(Map<String, String> form, String contentType) {

        String mode() {
            return form.get("hub.mode");
        }

        String topic() {
            return form.get("hub.topic");
        }

        String callback() {
            return form.get("hub.callback");
        }

        /** The callback id: the last segment of the callback URL. */
        String callbackId() {
            String callback = callback();
            return callback.substring(callback.lastIndexOf('/') + 1);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile int status = 202;
    private volatile String answer = "";
    private volatile Consumer<Request> beforeAnswering = request -> { };

    RecordingHub() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(executor);
        server.createContext("/hub", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hub";
    }

    /** Answers requests from now on with this status and body. */
    RecordingHub answer(int newStatus, String body) {
        status = newStatus;
        answer = body;
        return this;
    }

    /** Runs {@code action} on each request before answering it, as hubs that verify at once do. */
    RecordingHub beforeAnswering(Consumer<Request> action) {
        beforeAnswering = action;
        return this;
    }

    List<Request> requests() {
        return List.copyOf(requests);
    }

    Request last() {
        return requests.getLast();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestMethod().equals("POST")) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            Request request = new Request(form(body), exchange.getRequestHeaders().getFirst("Content-Type"));
            requests.add(request);
            beforeAnswering.accept(request);
            byte[] reply = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, reply.length == 0 ? -1 : reply.length);
            if (reply.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(reply);
                }
            }
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            fields.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return fields;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
