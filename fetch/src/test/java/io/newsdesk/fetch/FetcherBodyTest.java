package io.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.newsdesk.fetch.FetchException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Content-Encoding decoding and the body size limit, compressed and decoded. */
class FetcherBodyTest {

    private static final byte[] TEXT = "<feed>".concat("entry ".repeat(2000)).concat("</feed>").getBytes(StandardCharsets.UTF_8);
    private static final long LIMIT = 64 * 1024;

    private TestServer server;
    private Fetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
        fetcher = new Fetcher(TestSettings.loopback().maxBodyBytes(LIMIT).build());
    }

    @AfterEach
    void stop() throws Exception {
        fetcher.close();
        server.close();
    }

    @Test
    void decodesGzip() throws Exception {
        serveEncoded("gzip", Compression.gzip(TEXT));

        assertThat(fetch("/body").body()).isEqualTo(TEXT);
    }

    @Test
    void decodesDeflateInZlibFormat() throws Exception {
        serveEncoded("deflate", Compression.zlib(TEXT));

        assertThat(fetch("/body").body()).isEqualTo(TEXT);
    }

    @Test
    void decodesRawDeflateThatSomeServersSend() throws Exception {
        serveEncoded("deflate", Compression.rawDeflate(TEXT));

        assertThat(fetch("/body").body()).isEqualTo(TEXT);
    }

    @Test
    void stopsAGzipBombAtTheLimitWhileItStreams() {
        byte[] bomb = Compression.gzipBomb(64L * 1024 * 1024);
        // Small on the wire, so only the limit on decoded bytes can stop it.
        assertThat((long) bomb.length).isLessThan(LIMIT);
        server.route("/bomb", exchange -> {
            exchange.status(200).header("Content-Type", "application/xml").header("Content-Encoding", "gzip");
            exchange.write(bomb);
            // Never finish: only a fetcher that checks while streaming gets TOO_LARGE instead of a timeout.
            server.stall();
        });

        assertFailure("/bomb", Reason.TOO_LARGE, "response larger than 64 KiB");
    }

    @Test
    void limitsTheWireSizeOfABodyThatDecodesToNothing() throws Exception {
        byte[] empty = Compression.gzipOfEmptyBlocks(100);
        byte[] endless = Compression.gzipOfEmptyBlocks((int) LIMIT / 5 + 1);
        assertThat(decodedLength(empty)).isZero();
        serveEncoded("gzip", endless);

        assertFailure("/body", Reason.TOO_LARGE, "response larger than 64 KiB");
    }

    @Test
    void refusesADeclaredContentLengthOverTheLimitBeforeReadingTheBody() {
        server.route("/huge", exchange -> {
            exchange.status(200).header("Content-Type", "application/xml").header("Content-Length", String.valueOf(LIMIT + 1));
            exchange.write(new byte[16]);
            server.stall();
        });

        assertFailure("/huge", Reason.TOO_LARGE, "response larger than 64 KiB");
    }

    @Test
    void refusesAnUndeclaredBodyOverTheLimit() {
        server.route("/chunked", exchange -> {
            exchange.status(200).header("Content-Type", "application/xml");
            byte[] chunk = new byte[8 * 1024];
            for (int i = 0; i < 20; i++) {
                exchange.write(chunk);
            }
            exchange.finish(new byte[0]);
        });

        assertFailure("/chunked", Reason.TOO_LARGE, "response larger than 64 KiB");
    }

    @Test
    void acceptsABodyOfExactlyTheLimit() throws Exception {
        byte[] body = new byte[(int) LIMIT];
        Arrays.fill(body, (byte) 'x');
        server.route("/full", exchange -> {
            exchange.status(200).header("Content-Type", "text/plain");
            exchange.finish(body);
        });

        assertThat(fetch("/full").body()).hasSize((int) LIMIT);
    }

    @Test
    void reportsACorruptGzipBody() {
        byte[] corrupt = Compression.gzip(TEXT);
        Arrays.fill(corrupt, 12, 40, (byte) 0xff);
        serveEncoded("gzip", corrupt);

        assertThatThrownBy(() -> fetch("/body"))
                .asInstanceOf(type(FetchException.class))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(Reason.IO);
                    assertThat(e.getMessage()).startsWith("could not decode the compressed response");
                });
    }

    @Test
    void reportsAnEncodingItDidNotAskFor() {
        serveEncoded("br", TEXT);

        assertFailure("/body", Reason.IO, "the server compressed the response with Content-Encoding \"br\", which was not asked for and cannot be decoded (accepted: gzip, deflate)");
    }

    @Test
    void refusesBrotliEvenUnderAnotherCodingItCanUndo() throws Exception {
        // gzip applied last is undone first; the br beneath it must still stop the fetch.
        serveEncoded("br, gzip", Compression.gzip(TEXT));

        assertFailure("/body", Reason.IO, "the server compressed the response with Content-Encoding \"br\", which was not asked for and cannot be decoded (accepted: gzip, deflate)");
    }

    private static int decodedLength(byte[] gzip) throws java.io.IOException {
        try (var in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gzip))) {
            return in.readAllBytes().length;
        }
    }

    private void serveEncoded(String encoding, byte[] body) {
        server.route("/body", exchange -> {
            exchange.status(200).header("Content-Type", "application/xml").header("Content-Encoding", encoding);
            exchange.finish(body);
        });
    }

    private FetchResult fetch(String path) throws FetchException {
        return fetcher.fetch(FetchRequest.feed(server.url(path), null, null));
    }

    private void assertFailure(String path, Reason reason, String message) {
        assertThatThrownBy(() -> fetch(path))
                .asInstanceOf(type(FetchException.class))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }
}
