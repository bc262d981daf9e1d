package io.newsdesk.e2e.support;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;

/**
 * One address on the {@link FixtureServer} whose answer the test decides and changes between polls:
 * a document (with an ETag and a Last-Modified date, answered 304 to a request that already has
 * it, gzipped when the client accepts it), an error status, or no answer at all. Every request is
 * recorded.
 */
public final class FixtureFeed {

    private static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    /** How long a stalled request is held at most; closing the server releases it sooner. */
    private static final Duration LONGEST_STALL = Duration.ofMinutes(5);

    private sealed interface Behaviour {}

    private record Document(String contentType, byte[] body, String etag, Instant lastModified) implements Behaviour {}

    private record Failure(int status) implements Behaviour {}

    private record Stall() implements Behaviour {}

    private final String url;
    private final CountDownLatch released;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Semaphore stalledRequests = new Semaphore(0);
    private volatile Behaviour behaviour = new Failure(404);
    private int version;
    private Instant lastModified = Instant.EPOCH;

    FixtureFeed(String url, CountDownLatch released) {
        this.url = url;
        this.released = released;
    }

    /** The absolute URL of this feed. */
    public String url() {
        return url;
    }

    /** Serves {@code body} from now on, as a new version with new validators. */
    public synchronized void publish(String contentType, byte[] body) {
        version++;
        // Last-Modified has a resolution of seconds: each version must be later than the one before.
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        lastModified = now.isAfter(lastModified) ? now : lastModified.plusSeconds(1);
        behaviour = new Document(contentType, body.clone(), "\"v" + version + "\"", lastModified);
    }

    /** Serves an RSS document from now on, as a new version. */
    public void publish(RssFeed feed) {
        publish("application/rss+xml; charset=utf-8", feed.toXml().getBytes(StandardCharsets.UTF_8));
    }

    /** Serves a file from now on, as a new version. */
    public void publish(String contentType, Path file) {
        try {
            publish(contentType, Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + file, e);
        }
    }

    /** Answers every request with {@code status} and no body from now on. */
    public void failWithStatus(int status) {
        behaviour = new Failure(status);
    }

    /** Accepts requests from now on and sends nothing back, like a server that hangs. */
    public void stall() {
        behaviour = new Stall();
    }

    /** Waits until a request arrives while stalled; returns whether one did within {@code timeout}. */
    public boolean awaitStalledRequest(Duration timeout) throws InterruptedException {
        return stalledRequests.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The ETag of the version served now, or {@code null} when no document is served. */
    public String currentEtag() {
        return behaviour instanceof Document document ? document.etag() : null;
    }

    /** Every request so far, oldest first. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /** The latest request. */
    public RecordedRequest lastRequest() {
        if (requests.isEmpty()) {
            throw new AssertionError("no request reached " + url);
        }
        return requests.getLast();
    }

    void handle(HttpExchange exchange) throws IOException {
        Behaviour current = behaviour;
        switch (current) {
            case Document document -> answer(exchange, document);
            case Failure failure -> {
                record(exchange, failure.status());
                exchange.sendResponseHeaders(failure.status(), -1);
            }
            case Stall stall -> {
                record(exchange, RecordedRequest.NO_ANSWER);
                stalledRequests.release();
                try {
                    released.await(LONGEST_STALL.toSeconds(), TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private void answer(HttpExchange exchange, Document document) throws IOException {
        exchange.getResponseHeaders().set("ETag", document.etag());
        exchange.getResponseHeaders().set("Last-Modified", HTTP_DATE.format(document.lastModified()));
        if (notModified(exchange, document)) {
            record(exchange, 304);
            exchange.sendResponseHeaders(304, -1);
            return;
        }
        byte[] body = document.body();
        if (acceptsGzip(exchange)) {
            body = gzip(body);
            exchange.getResponseHeaders().set("Content-Encoding", "gzip");
        }
        exchange.getResponseHeaders().set("Content-Type", document.contentType());
        record(exchange, 200);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** RFC 9110 section 13.2.2: If-None-Match decides when present, else If-Modified-Since. */
    private static boolean notModified(HttpExchange exchange, Document document) {
        String ifNoneMatch = exchange.getRequestHeaders().getFirst("If-None-Match");
        if (ifNoneMatch != null) {
            for (String tag : ifNoneMatch.split(",")) {
                String candidate = tag.strip();
                if (candidate.equals("*") || weakless(candidate).equals(weakless(document.etag()))) {
                    return true;
                }
            }
            return false;
        }
        String ifModifiedSince = exchange.getRequestHeaders().getFirst("If-Modified-Since");
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            return !document.lastModified().isAfter(Instant.from(HTTP_DATE.parse(ifModifiedSince.strip())));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String weakless(String etag) {
        return etag.startsWith("W/") ? etag.substring(2) : etag;
    }

    private static boolean acceptsGzip(HttpExchange exchange) {
        String accepted = exchange.getRequestHeaders().getFirst("Accept-Encoding");
        return accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip");
    }

    private static byte[] gzip(byte[] body) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
            out.write(body);
        }
        return bytes.toByteArray();
    }

    /** Records before answering: once the client has the answer, the test may look for the record. */
    private void record(HttpExchange exchange, int status) {
        requests.add(new RecordedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders(), status));
    }
}
