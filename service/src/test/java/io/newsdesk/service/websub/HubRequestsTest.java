package io.newsdesk.service.websub;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.newsdesk.fetch.AddressPolicy;
import io.newsdesk.store.WebSubState;
import io.newsdesk.store.WebSubSubscription;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class HubRequestsTest {

    private static final PublicUrl PUBLIC_URL = PublicUrl.parse("https://news.example.org/reader/");

    private final RecordingHub hub = new RecordingHub();
    private final HubClient client = new HubClient(AddressPolicy.allowAll());
    private final HubRequests requests = new HubRequests(client, PUBLIC_URL, WebSubSchedule.REQUESTED_LEASE);

    @AfterEach
    void tearDown() {
        client.close();
        hub.close();
    }

    @Test
    void aSubscriptionRequestCarriesTopicCallbackLeaseAndSecretAsAUtf8Form() {
        HubRequests.Outcome outcome = requests.send(HubRequests.Mode.SUBSCRIBE,
                subscription(hub.url(), "https://caf\u00e9.example/feed?a=1&b=2"));

        assertThat(outcome.accepted()).isTrue();
        assertThat(outcome.error()).isNull();
        RecordingHub.Request request = hub.last();
        assertThat(request.contentType()).startsWith("application/x-www-form-urlencoded");
        assertThat(request.form()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "hub.mode", "subscribe",
                "hub.topic", "https://caf\u00e9.example/feed?a=1&b=2",
                "hub.callback", "https://news.example.org/reader/websub/callback/cb-123",
                "hub.lease_seconds", "864000",
                "hub.secret", "0f1e2d"));
    }

    @Test
    void anUnsubscriptionRequestCarriesNeitherLeaseNorSecret() {
        requests.send(HubRequests.Mode.UNSUBSCRIBE, subscription(hub.url(), "https://blog.example/feed"));

        assertThat(hub.last().form()).containsOnlyKeys("hub.mode", "hub.topic", "hub.callback")
                .containsEntry("hub.mode", "unsubscribe");
    }

    @Test
    void anySuccessIsAcceptanceAndAnythingElseSaysWhatTheHubSaid() {
        hub.answer(204, "");
        assertThat(requests.send(HubRequests.Mode.SUBSCRIBE, subscription(hub.url(), "t")).accepted()).isTrue();

        hub.answer(400, "hub.topic is not\n   a URL this hub serves");
        HubRequests.Outcome refused = requests.send(HubRequests.Mode.SUBSCRIBE, subscription(hub.url(), "t"));

        assertThat(refused.accepted()).isFalse();
        assertThat(refused.error())
                .isEqualTo("the hub refused the subscribe request: HTTP 400 (hub.topic is not a URL this hub serves)");
    }

    @Test
    void aLongRefusalIsShortenedForTheFeedsStatus() {
        hub.answer(500, "x".repeat(10_000));

        String error = requests.send(HubRequests.Mode.SUBSCRIBE, subscription(hub.url(), "t")).error();

        assertThat(error).startsWith("the hub refused the subscribe request: HTTP 500 (xxx").endsWith("…)");
        assertThat(error.length()).isLessThan(300);
    }

    @Test
    void aHubThatMovedIsFollowed() throws IOException {
        HttpServer old = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 4);
        old.createContext("/", exchange -> {
            try (exchange) {
                exchange.getResponseHeaders().add("Location", hub.url());
                exchange.sendResponseHeaders(308, -1);
            }
        });
        old.start();
        try {
            String oldUrl = "http://127.0.0.1:" + old.getAddress().getPort() + "/hub";
            assertThat(requests.send(HubRequests.Mode.SUBSCRIBE, subscription(oldUrl, "t")).accepted()).isTrue();
            assertThat(hub.last().form()).containsEntry("hub.secret", "0f1e2d");
        } finally {
            old.stop(0);
        }
    }

    @Test
    void anUnreachableHubIsAnErrorNotAnException() throws IOException {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }

        HubRequests.Outcome outcome = requests.send(HubRequests.Mode.SUBSCRIBE,
                subscription("http://127.0.0.1:" + port + "/hub", "t"));

        assertThat(outcome.accepted()).isFalse();
        assertThat(outcome.error()).startsWith("could not reach the hub http://127.0.0.1:" + port + "/hub: ");
        assertThat(requests.send(HubRequests.Mode.SUBSCRIBE, subscription("not a url", "t")).error())
                .contains("not a valid URL");
    }

    @Test
    void aHubOnAPrivateNetworkIsRefusedBeforeAnythingIsSent() {
        try (HubClient publicOnly = new HubClient(AddressPolicy.publicInternetOnly())) {
            HubRequests guarded = new HubRequests(publicOnly, PUBLIC_URL, WebSubSchedule.REQUESTED_LEASE);

            HubRequests.Outcome outcome = guarded.send(HubRequests.Mode.SUBSCRIBE, subscription(hub.url(), "t"));

            assertThat(outcome.accepted()).isFalse();
            assertThat(outcome.error()).contains("refused").contains("private networks are not allowed");
            assertThat(hub.requests()).isEmpty();
        }
    }

    static WebSubSubscription subscription(String hubUrl, String topic) {
        return new WebSubSubscription(1, 2L, "https://blog.example/feed", hubUrl, topic, "cb-123", "0f1e2d",
                WebSubState.PENDING, null, null, null, null, null, 0, null, null);
    }
}
