package io.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.newsdesk.fetch.FetchException.Reason;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Servers whose response head is too large or never ends: the fetch fails on the header limit. */
class FetcherHostileHeadersTest {

    private static final int LIMIT = 8 * 1024;

    private final Fetcher fetcher = new Fetcher(TestSettings.loopback().maxHeaderBytes(LIMIT).build());
    private RawServer server;

    @AfterEach
    void stop() throws Exception {
        fetcher.close();
        if (server != null) {
            server.close();
        }
    }

    @Test
    void headersThatNeverEndFailTheFetch() throws Exception {
        server = new RawServer(out -> {
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\n");
            for (int i = 0; ; i++) {
                write(out, "X-Filler-" + i + ": " + "a".repeat(100) + "\r\n");
            }
        });

        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.feed(server.url("/feed"), null, null)))
                .asInstanceOf(type(FetchException.class))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE);
                    assertThat(e.getMessage()).isEqualTo("response headers from 127.0.0.1 larger than 8 KiB");
                });
    }

    @Test
    void oneHeaderLineLongerThanTheLimitFailsTheFetch() throws Exception {
        server = new RawServer(out -> {
            write(out, "HTTP/1.1 200 OK\r\nX-Cookie-Monster: ");
            for (int i = 0; i < 1000; i++) {
                write(out, "c".repeat(1024));
            }
            write(out, "\r\nContent-Length: 0\r\n\r\n");
        });

        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.feed(server.url("/feed"), null, null)))
                .asInstanceOf(type(FetchException.class))
                .satisfies(e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
    }

    @Test
    void headersJustUnderTheLimitAreFine() throws Exception {
        server = new RawServer(out -> {
            String filler = "X-Filler: " + "f".repeat(LIMIT - 200) + "\r\n";
            write(out, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n" + filler + "Content-Length: 2\r\n\r\nok");
        });

        FetchResult result = fetcher.fetch(FetchRequest.feed(server.url("/feed"), null, null));

        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("ok");
    }

    @Test
    void garbageInsteadOfHttpIsAnInvalidResponseWithAShortReason() throws Exception {
        server = new RawServer(out -> write(out, "SSH-2.0-OpenSSH_9.2\r\n\r\n"));

        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.feed(server.url("/feed"), null, null)))
                .asInstanceOf(type(FetchException.class))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(Reason.IO);
                    assertThat(e.getMessage()).startsWith("invalid HTTP response from 127.0.0.1").doesNotContain("@");
                });
    }

    private static void write(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }
}
