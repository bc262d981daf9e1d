package io.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.newsdesk.fetch.FetchException.Reason;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Servers that are slow, stall mid-body or trickle. Only outcomes are asserted, never durations. */
class FetcherTimeoutTest {

    private TestServer server;
    private Fetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
        fetcher = new Fetcher(TestSettings.loopback()
                .idleTimeout(Duration.ofMillis(500))
                .totalTimeout(Duration.ofSeconds(2))
                .build());
    }

    @AfterEach
    void stop() throws Exception {
        fetcher.close();
        server.close();
    }

    @Test
    void serverThatNeverAnswersTimesOutForLackOfData() {
        server.route("/silent", exchange -> server.stall());

        assertTimeout("/silent", "timed out after 500 ms without data");
    }

    @Test
    void bodyThatNeverFinishesTimesOutForLackOfData() {
        server.route("/half", exchange -> {
            exchange.status(200).header("Content-Type", "application/xml").header("Content-Length", "1000");
            exchange.write(new byte[100]);
            server.stall();
        });

        assertTimeout("/half", "timed out after 500 ms without data");
    }

    @Test
    void tricklingServerIsStoppedByTheTotalTimeout() {
        server.route("/trickle", exchange -> {
            exchange.status(200).header("Content-Type", "application/xml");
            try {
                // A byte well within every idle timeout, for longer than the total timeout allows.
                for (int i = 0; i < 600; i++) {
                    exchange.write(new byte[] {'x'});
                    Thread.sleep(100);
                }
            } catch (IOException clientWentAway) {
                return;
            }
            exchange.finish(new byte[0]);
        });

        assertTimeout("/trickle", "timed out: no complete response within 2 s");
    }

    private void assertTimeout(String path, String message) {
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.feed(server.url(path), null, null)))
                .asInstanceOf(type(FetchException.class))
                .satisfies(e -> {
                    assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
                    assertThat(e.getMessage()).isEqualTo(message);
                });
    }
}
