package io.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.service.NewsdeskException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServerBasicsTest {

    private static final String CSP = "default-src 'self'; img-src 'self' https: http: data:; media-src https: http:; "
            + "style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
            + "frame-ancestors 'none'";

    private RunningServer running;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        running = RunningServer.start(dataDir);
    }

    @AfterAll
    void stop() {
        running.close();
    }

    @Test
    void listensOnTheChosenFreePort() {
        assertThat(running.server.port()).isPositive().isNotEqualTo(8080);
    }

    @Test
    void healthCheckSaysOkAsJson() {
        HttpResponse<String> response = running.get("/healthz");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RunningServer.contentType(response)).startsWith("application/json");
        assertThat(RunningServer.json(response).get("status").asText()).isEqualTo("ok");
    }

    @Test
    void htmlPagesCarryTheExactSecurityPolicy() {
        HttpResponse<String> response = running.get("/");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RunningServer.contentType(response)).isEqualTo("text/html;charset=utf-8");
        assertSecurityHeaders(response);
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("no-store");
    }

    @Test
    void errorsAndApiAnswersCarryTheHeadersToo() {
        assertSecurityHeaders(running.get("/no/such/page"));
        assertSecurityHeaders(running.get("/api/v1/feeds"));
        assertSecurityHeaders(running.sendJson("POST", "/api/v1/feeds", "{", "Origin", "https://evil.example"));
    }

    @Test
    void theServerDoesNotAnnounceItsSoftware() {
        assertThat(running.get("/healthz").headers().firstValue("Server")).isEmpty();
    }

    @Test
    void staticAssetsAreServedWithCachingHeaders() {
        HttpResponse<String> response = running.get("/static/test-asset.css");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("body { margin: 0; }");
        assertThat(RunningServer.contentType(response)).startsWith("text/css");
        assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=3600");
        assertSecurityHeaders(response);
    }

    @Test
    void theUisOwnAssetsAreServed() {
        HttpResponse<String> response = running.get("/static/app.css");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RunningServer.contentType(response)).startsWith("text/css");
        assertThat(running.get("/static/app.js").statusCode()).isEqualTo(200);
    }

    @Test
    void aMissingAssetIsNotFound() {
        assertThat(running.get("/static/no-such-file.js").statusCode()).isEqualTo(404);
    }

    @Test
    void unknownApiRoutesAnswerJson404() {
        HttpResponse<String> response = running.get("/api/v1/nothing-here");
        assertThat(response.statusCode()).isEqualTo(404);
        JsonNode body = RunningServer.json(response);
        assertThat(body.get("status").asInt()).isEqualTo(404);
        assertThat(body.get("error").asText()).isEqualTo("no such endpoint: GET /api/v1/nothing-here");
    }

    @Test
    void wrongMethodsAnswer405WithTheAllowedOnes() {
        HttpResponse<String> response = running.send("PATCH", "/api/v1/feeds", null, null);
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(allow -> assertThat(allow).contains("GET", "POST"));
        JsonNode body = RunningServer.json(response);
        assertThat(body.get("status").asInt()).isEqualTo(405);
        assertThat(body.get("error").asText()).startsWith("method PATCH is not allowed on /api/v1/feeds");
    }

    @Test
    void unknownPagesAnswerTheHtmlErrorPage() {
        HttpResponse<String> response = running.get("/no/such/page");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(RunningServer.contentType(response)).isEqualTo("text/html;charset=utf-8");
        assertThat(response.body()).contains("Page not found").doesNotContain("Exception");
    }

    @Test
    void aPortInUseIsAClearError() {
        WebSettings taken = WebSettings.defaults().withPort(running.server.port());
        assertThatThrownBy(() -> WebServer.start(running.newsdesk, taken))
                .isInstanceOf(NewsdeskException.class)
                .hasMessageStartingWith("cannot listen on 127.0.0.1:" + running.server.port());
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Security-Policy")).hasValue(CSP);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Permissions-Policy")).hasValueSatisfying(policy ->
                assertThat(policy).contains("camera=()", "microphone=()", "geolocation=()"));
    }
}
