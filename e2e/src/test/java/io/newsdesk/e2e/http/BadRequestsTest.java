package io.newsdesk.e2e.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.e2e.support.ApiResponse;
import io.newsdesk.e2e.support.FixtureFeed;
import io.newsdesk.e2e.support.FixtureServer;
import io.newsdesk.e2e.support.NewsdeskServerExtension;
import io.newsdesk.e2e.support.SharedCorpora;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests a client gets wrong, and feed addresses that lead nowhere, against a real server
 * process: each is answered with the right status and a JSON message that says what is wrong, and
 * none of them changes what is stored.
 */
class BadRequestsTest {

    /** The eight-byte signature every PNG image starts with, and then some. */
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};

    @RegisterExtension
    static final NewsdeskServerExtension server = NewsdeskServerExtension.serve();

    private static final AtomicInteger PATHS = new AtomicInteger();
    private static FixtureServer publishers;

    @BeforeAll
    static void startPublishers() {
        publishers = FixtureServer.start();
    }

    @AfterAll
    static void stopPublishers() {
        publishers.close();
    }

    static Stream<Arguments> addressesThatLeadToNoFeed() {
        return Stream.of(
                arguments("a missing page", (Consumer<FixtureFeed>) feed -> feed.failWithStatus(404), "404"),
                arguments("a server error", (Consumer<FixtureFeed>) feed -> feed.failWithStatus(503), "503"),
                arguments("a web page that announces no feed", (Consumer<FixtureFeed>) feed -> feed.publish(
                        "text/html; charset=utf-8", html("<p>About us. No feed here.</p>").getBytes(StandardCharsets.UTF_8)),
                        "no feed found"),
                arguments("an image", (Consumer<FixtureFeed>) feed -> feed.publish("image/png", PNG), "not a feed"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("addressesThatLeadToNoFeed")
    void subscribingToAnAddressThatLeadsToNoFeedIsRefusedWith502(
            String what, Consumer<FixtureFeed> answer, String reason) {
        FixtureFeed nowhere = publishers.feed("/nowhere-" + PATHS.incrementAndGet());
        answer.accept(nowhere);
        int feedsBefore = feedCount();

        ApiResponse refused = server.api().postJson("/api/v1/feeds", Map.of("url", nowhere.url()));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(502);
        assertThat(refused.contentType()).startsWith("application/json");
        JsonNode error = refused.json();
        assertThat(error.path("status").asInt()).isEqualTo(502);
        assertThat(error.path("error").asText()).as("names the address and the reason")
                .contains(nowhere.url()).containsIgnoringCase(reason);
        assertThat(feedCount()).as("nothing was added").isEqualTo(feedsBefore);
    }

    @Test
    void aFeedServedWithAWrongContentTypeIsStillRecognisedByItsContent() {
        FixtureFeed mislabelled = publishers.feed("/mislabelled.xml");
        mislabelled.publish("text/plain", SharedCorpora.feedFixture("rome/rome/src/test/resources/atom_1.0.xml"));

        ApiResponse added = server.api().postJson("/api/v1/feeds", Map.of("url", mislabelled.url()));

        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().path("format").asText()).isEqualTo("atom10");
        assertThat(added.json().path("total").asInt()).isPositive();
    }

    static Stream<Arguments> malformedRequests() {
        return Stream.of(
                arguments("truncated JSON", "POST", "/api/v1/feeds", "{\"url\": ", "invalid JSON"),
                arguments("JSON that is not an object", "POST", "/api/v1/feeds", "[\"http://example.com/feed\"]",
                        "must be a JSON object"),
                arguments("a misspelt field", "POST", "/api/v1/feeds", "{\"link\": \"http://example.com/feed\"}",
                        "unknown field 'link'"),
                arguments("a missing field", "POST", "/api/v1/feeds", "{\"category\": \"News\"}",
                        "'url' is required"),
                arguments("a value of the wrong type", "PATCH", "/api/v1/entries/1", "{\"read\": \"yes\"}", "'read'"),
                arguments("an empty body", "PUT", "/api/v1/entries/read", "", "empty"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void malformedJsonIsAnswered400WithWhatIsWrong(String what, String method, String path, String body, String message) {
        int feedsBefore = feedCount();

        ApiResponse refused = server.api().send(method, path, "application/json", body);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().path("error").asText()).contains(message);
        assertThat(feedCount()).isEqualTo(feedsBefore);
    }

    static Stream<Arguments> invalidOpml() {
        return Stream.of(
                arguments("a web page", html("<p>Not OPML</p>")),
                arguments("broken XML", "<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline xmlUrl=\"http:"),
                arguments("plain text", "my feeds: http://example.com/feed.xml"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidOpml")
    void anInvalidOpmlUploadIsAnswered400WithAMessage(String what, String document) {
        int feedsBefore = feedCount();

        ApiResponse refused = server.api().post("/api/v1/opml", "text/x-opml", document);

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(refused.json().path("error").asText()).startsWith("invalid OPML:").hasSizeGreaterThan(20);
        assertThat(feedCount()).isEqualTo(feedsBefore);
    }

    private static int feedCount() {
        return server.api().get("/api/v1/feeds").json().path("total").asInt();
    }

    private static String html(String body) {
        return "<!DOCTYPE html><html><head><title>A page</title></head><body>" + body + "</body></html>";
    }
}
