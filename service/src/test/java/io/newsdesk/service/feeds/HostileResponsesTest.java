package io.newsdesk.service.feeds;

import static io.newsdesk.service.testing.Feeds.item;
import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.PollState;
import io.newsdesk.service.testing.Await;
import io.newsdesk.service.testing.Feeds;
import io.newsdesk.service.testing.FixtureServer.Reply;
import io.newsdesk.service.testing.FixtureServer;
import io.newsdesk.service.testing.MutableClock;
import io.newsdesk.service.testing.RawHttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Servers that attack the poller: each hostile response ends as a clear error on its own feed,
 * within the fetch limits, while the other feeds, on the same host and elsewhere, are polled as
 * usual, then and afterwards.
 */
class HostileResponsesTest {

    private static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
    private static final int LIMIT = 1024 * 1024;
    private static final int BOMB = 100 * LIMIT;
    private static final String RSS = "Content-Type: application/rss+xml\r\n";

    private final MutableClock clock = new MutableClock(NOW);
    private RawHttpServer hostile;
    private FixtureServer honest;
    private PollingRig rig;

    @BeforeEach
    void start() throws IOException {
        hostile = RawHttpServer.start("127.0.0.1");
        honest = FixtureServer.start("127.0.0.2");
        rig = new PollingRig(clock, PollingRig.Options.defaults().fetch(settings -> settings
                .maxBodyBytes(LIMIT)
                .idleTimeout(Duration.ofSeconds(1))
                .totalTimeout(Duration.ofSeconds(3))
                .maxHeaderBytes(16 * 1024)));
    }

    @AfterEach
    void stop() throws IOException {
        rig.close();
        hostile.close();
        honest.close();
    }

    @Test
    void everyHostileResponseFailsItsOwnFeedAndTheOthersKeepBeingPolled() throws Exception {
        Map<String, String> expectedErrors = new LinkedHashMap<>();
        hostile.route("/declared-oversize", out -> {
            RawHttpServer.write(out, "HTTP/1.1 200 OK\r\n" + RSS + "Content-Length: " + 2 * LIMIT + "\r\n\r\n");
            writeEndlessly(out, 0);
        });
        expectedErrors.put("/declared-oversize", "response larger than 1 MiB");
        hostile.route("/endless-body", out -> {
            RawHttpServer.write(out, "HTTP/1.1 200 OK\r\n" + RSS + "Connection: close\r\n\r\n<rss><channel>");
            writeEndlessly(out, 0);
        });
        expectedErrors.put("/endless-body", "response larger than 1 MiB");
        hostile.route("/gzip-bomb", RawHttpServer.complete("200 OK",
                RSS + "Content-Encoding: gzip\r\n", compressed(true)));
        expectedErrors.put("/gzip-bomb", "response larger than 1 MiB");
        hostile.route("/deflate-bomb", RawHttpServer.complete("200 OK",
                RSS + "Content-Encoding: deflate\r\n", compressed(false)));
        expectedErrors.put("/deflate-bomb", "response larger than 1 MiB");
        hostile.route("/brotli", RawHttpServer.complete("200 OK",
                RSS + "Content-Encoding: br\r\n", new byte[] {0x1b, 0x03, 0x00, (byte) 0xf8, 0x25, 0x00}));
        expectedErrors.put("/brotli", "the server compressed the response with Content-Encoding \"br\","
                + " which was not asked for and cannot be decoded (accepted: gzip, deflate)");
        hostile.route("/trickle", out -> {
            RawHttpServer.write(out, "HTTP/1.1 200 OK\r\n" + RSS + "Connection: close\r\n\r\n");
            // A byte well within the idle timeout, for ever.
            writeEndlessly(out, 100);
        });
        expectedErrors.put("/trickle", "timed out: no complete response within 3 s");
        hostile.route("/loop", RawHttpServer.complete("302 Found", "Location: /loop\r\n", new byte[0]));
        expectedErrors.put("/loop", "more than 5 redirects");
        hostile.route("/endless-headers", out -> {
            RawHttpServer.write(out, "HTTP/1.1 200 OK\r\n" + RSS);
            for (int i = 0; ; i++) {
                RawHttpServer.write(out, "X-Filler-" + i + ": " + "a".repeat(200) + "\r\n");
            }
        });
        expectedErrors.put("/endless-headers", "response headers from 127.0.0.1 larger than 16 KiB");
        hostile.route("/fine", RawHttpServer.complete("200 OK", RSS,
                Feeds.rss("Fine", item("fine-1", "Fine story", NOW, "Fine.")).getBytes(StandardCharsets.UTF_8)));
        honest.serve("/other", Reply.rss(Feeds.rss("Other", item("other-1", "Other story", NOW, "Other."))));

        Map<String, Long> hostileFeeds = new LinkedHashMap<>();
        expectedErrors.keySet().forEach(path -> hostileFeeds.put(path, rig.subscribe(hostile.url(path))));
        long fine = rig.subscribe(hostile.url("/fine"));
        long other = rig.subscribe(honest.url("/other"));

        rig.poller.start();

        Await.until("every feed was checked", () -> hostileFeeds.values().stream()
                .allMatch(feed -> rig.poll(feed).lastCheckedAt() != null));
        Await.until("the honest feeds were stored", () -> rig.total(fine) == 1 && rig.total(other) == 1);
        hostileFeeds.forEach((path, feed) -> {
            PollState poll = rig.poll(feed);
            assertThat(poll.lastError()).as(path).isEqualTo(expectedErrors.get(path));
            assertThat(poll.errorCount()).as(path).isEqualTo(1);
            assertThat(poll.disabled()).as(path).isFalse();
            assertThat(rig.total(feed)).as(path).isZero();
        });

        hostile.route("/fine", RawHttpServer.complete("200 OK", RSS, Feeds.rss("Fine",
                item("fine-1", "Fine story", NOW, "Fine."),
                item("fine-2", "Second fine story", NOW, "Still fine.")).getBytes(StandardCharsets.UTF_8)));
        clock.advance(Duration.ofDays(2));
        rig.poller.wakeUp();

        Await.until("the fine feed on the hostile host was polled again", () -> rig.total(fine) == 2);
        Await.until("and every hostile feed was tried again", () -> hostileFeeds.values().stream()
                .allMatch(feed -> rig.poll(feed).errorCount() == 2));
    }

    /** Writes filler until the client hangs up, pausing between writes when asked. */
    private static void writeEndlessly(OutputStream out, long pauseMillis) throws Exception {
        byte[] chunk = pauseMillis > 0 ? new byte[] {' '} : "<item/>".repeat(1024).getBytes(StandardCharsets.US_ASCII);
        while (true) {
            out.write(chunk);
            out.flush();
            if (pauseMillis > 0) {
                Thread.sleep(pauseMillis);
            }
        }
    }

    /** {@link #BOMB} zero bytes, gzip- or zlib-compressed: about a thousandth of that on the wire. */
    private static byte[] compressed(boolean gzip) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream out = gzip ? new GZIPOutputStream(bytes) : new DeflaterOutputStream(bytes)) {
            byte[] zeros = new byte[64 * 1024];
            for (int written = 0; written < BOMB; written += zeros.length) {
                out.write(zeros);
            }
        }
        return bytes.toByteArray();
    }
}
