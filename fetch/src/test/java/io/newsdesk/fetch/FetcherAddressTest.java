package io.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.newsdesk.fetch.FetchException.Reason;
import java.net.ServerSocket;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The address policy at connect time, and connection-level failures. */
class FetcherAddressTest {

    /** Allows loopback except 127.0.0.2, which the test server also listens on. */
    private static final AddressPolicy REFUSES_SECONDARY = address -> address.getHostAddress().equals("127.0.0.2")
            ? Optional.of("test-refused address")
            : Optional.empty();

    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
        server.route("/feed", exchange -> exchange.respond(200, "application/xml", "<rss/>"));
        server.route("/to-secondary", exchange -> exchange.status(302).header("Location", server.secondaryUrl("/feed")).finish(new byte[0]));
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    @Test
    void defaultPolicyRefusesALoopbackLiteralBeforeConnecting() {
        try (Fetcher fetcher = new Fetcher(FetchSettings.defaults())) {
            assertThatThrownBy(() -> fetcher.fetch(FetchRequest.feed(server.url("/feed"), null, null)))
                    .asInstanceOf(type(FetchException.class))
                    .satisfies(e -> {
                        assertThat(e.reason()).isEqualTo(Reason.ADDRESS_REFUSED);
                        assertThat(e.getMessage()).isEqualTo("refused: loopback address 127.0.0.1 (private networks are not allowed)");
                    });
        }
        assertThat(server.received()).isEmpty();
    }

    @Test
    void defaultPolicyRefusesAHostNameThatResolvesToLoopback() {
        try (Fetcher fetcher = new Fetcher(FetchSettings.defaults())) {
            String url = "http://localhost:" + server.port() + "/feed";

            assertThatThrownBy(() -> fetcher.fetch(FetchRequest.feed(url, null, null)))
                    .asInstanceOf(type(FetchException.class))
                    .satisfies(e -> {
                        assertThat(e.reason()).isEqualTo(Reason.ADDRESS_REFUSED);
                        assertThat(e.getMessage())
                                .startsWith("refused: localhost resolves to loopback address ")
                                .endsWith(" (private networks are not allowed)");
                    });
        }
        assertThat(server.received()).isEmpty();
    }

    @Test
    void everyRedirectHopIsCheckedAtConnectTime() {
        try (Fetcher fetcher = new Fetcher(TestSettings.loopback().build(), REFUSES_SECONDARY)) {
            assertThatThrownBy(() -> fetcher.fetch(FetchRequest.feed(server.url("/to-secondary"), null, null)))
                    .asInstanceOf(type(FetchException.class))
                    .satisfies(e -> {
                        assertThat(e.reason()).isEqualTo(Reason.ADDRESS_REFUSED);
                        assertThat(e.getMessage()).isEqualTo("refused: test-refused address 127.0.0.2 (private networks are not allowed)");
                    });
        }
        assertThat(server.received()).extracting(TestServer.Received::localAddress).containsExactly("127.0.0.1");
    }

    @Test
    void theSameRedirectSucceedsWhenThePolicyAllowsTheHop() throws Exception {
        try (Fetcher fetcher = new Fetcher(TestSettings.loopback().build(), AddressPolicy.allowAll())) {
            FetchResult result = fetcher.fetch(FetchRequest.feed(server.url("/to-secondary"), null, null));

            assertThat(result.finalUrl()).isEqualTo(server.secondaryUrl("/feed"));
        }
        assertThat(server.received()).extracting(TestServer.Received::localAddress).containsExactly("127.0.0.1", "127.0.0.2");
    }

    @Test
    void closedPortIsAConnectFailure() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        try (Fetcher fetcher = new Fetcher(TestSettings.loopback().build())) {
            assertThatThrownBy(() -> fetcher.fetch(FetchRequest.page("http://127.0.0.1:" + port + "/")))
                    .asInstanceOf(type(FetchException.class))
                    .satisfies(e -> {
                        assertThat(e.reason()).isEqualTo(Reason.CONNECT);
                        assertThat(e.getMessage()).startsWith("could not connect to 127.0.0.1:" + port + ": connection refused");
                    });
        }
    }

    @Test
    void tlsToAPlainHttpServerIsATlsFailure() {
        try (Fetcher fetcher = new Fetcher(TestSettings.loopback().build())) {
            String url = "https://127.0.0.1:" + server.port() + "/feed";

            assertThatThrownBy(() -> fetcher.fetch(FetchRequest.page(url)))
                    .asInstanceOf(type(FetchException.class))
                    .satisfies(e -> {
                        assertThat(e.reason()).isEqualTo(Reason.TLS);
                        assertThat(e.getMessage()).startsWith("TLS");
                    });
        }
    }
}
