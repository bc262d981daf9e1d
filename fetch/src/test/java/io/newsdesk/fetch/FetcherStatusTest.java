package io.newsdesk.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import io.newsdesk.fetch.FetchException.Reason;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.assertj.core.api.ThrowableAssertAlternative;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Error statuses become {@link FetchException}s with the status, Retry-After and gone(). */
class FetcherStatusTest {

    private TestServer server;
    private Fetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        server = new TestServer();
        fetcher = new Fetcher(TestSettings.loopback().build());
    }

    @AfterEach
    void stop() throws Exception {
        fetcher.close();
        server.close();
    }

    @Test
    void notFound() {
        server.route("/missing", exchange -> exchange.respond(404, "text/html", "<h1>Not here</h1>"));

        FetchException e = failure("/missing");

        assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
        assertThat(e.status()).isEqualTo(404);
        assertThat(e.getMessage()).isEqualTo("HTTP 404 Not Found");
        assertThat(e.gone()).isFalse();
        assertThat(e.retryAfter()).isNull();
    }

    @Test
    void serverError() {
        server.route("/broken", exchange -> exchange.respond(500, "text/html", "<h1>Oops</h1>"));

        FetchException e = failure("/broken");

        assertThat(e.status()).isEqualTo(500);
        assertThat(e.getMessage()).isEqualTo("HTTP 500 Internal Server Error");
    }

    @Test
    void unauthorizedIsAStatusEvenWithAChallenge() {
        server.route("/members", exchange -> exchange.header("WWW-Authenticate", "Basic realm=\"members\"").respond(401, "text/plain", "who?"));

        FetchException e = failure("/members");

        assertThat(e.status()).isEqualTo(401);
        assertThat(e.getMessage()).isEqualTo("HTTP 401 Unauthorized");
    }

    @Test
    void goneMeansStopPolling() {
        server.route("/removed", exchange -> exchange.respond(410, "text/plain", "gone"));

        FetchException e = failure("/removed");

        assertThat(e.status()).isEqualTo(410);
        assertThat(e.gone()).isTrue();
        assertThat(e.getMessage()).isEqualTo("HTTP 410 Gone");
    }

    @Test
    void tooManyRequestsWithRetryAfterSeconds() {
        server.route("/busy", exchange -> exchange.header("Retry-After", "120").respond(429, "text/plain", "slow down"));

        FetchException e = failure("/busy");

        assertThat(e.status()).isEqualTo(429);
        assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(e.getMessage()).isEqualTo("HTTP 429 Too Many Requests (retry after 120 s)");
    }

    @Test
    void unavailableWithRetryAfterDate() {
        String inAnHour = DateTimeFormatter.RFC_1123_DATE_TIME.format(Instant.now().plusSeconds(3600).atOffset(ZoneOffset.UTC));
        server.route("/maintenance", exchange -> exchange.header("Retry-After", inAnHour).respond(503, "text/plain", "later"));

        FetchException e = failure("/maintenance");

        assertThat(e.status()).isEqualTo(503);
        // The date has whole seconds and the clock moves on, so allow a little less than the hour.
        assertThat(e.retryAfter()).isBetween(Duration.ofSeconds(3500), Duration.ofSeconds(3600));
    }

    @Test
    void largeErrorPagesStillReportTheStatus() {
        server.route("/big-error", exchange -> {
            exchange.status(502).header("Content-Type", "text/html");
            exchange.write(new byte[512 * 1024]);
            server.stall();
        });

        FetchException e = failure("/big-error");

        assertThat(e.reason()).isEqualTo(Reason.HTTP_STATUS);
        assertThat(e.status()).isEqualTo(502);
    }

    private FetchException failure(String path) {
        ThrowableAssertAlternative<FetchException> thrown = org.assertj.core.api.Assertions
                .assertThatExceptionOfType(FetchException.class)
                .isThrownBy(() -> fetcher.fetch(FetchRequest.feed(server.url(path), null, null)));
        return thrown.actual();
    }
}
