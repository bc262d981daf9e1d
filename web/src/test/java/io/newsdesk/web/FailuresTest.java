package io.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the data behind the server fails, answers say so with an error id and never a stack trace. */
class FailuresTest {

    @TempDir
    Path dataDir;

    private RunningServer running;

    @BeforeEach
    void startAndLoseTheDatabase() {
        running = RunningServer.start(dataDir);
        running.newsdesk.close();
    }

    @AfterEach
    void stop() {
        running.server.close();
    }

    @Test
    void theHealthCheckReportsUnavailable() {
        HttpResponse<String> response = running.get("/healthz");
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(RunningServer.json(response).get("status").asText()).isEqualTo("unavailable");
    }

    @Test
    void theApiAnswers500WithAnErrorId() {
        HttpResponse<String> response = running.get("/api/v1/feeds");
        assertThat(response.statusCode()).isEqualTo(500);
        JsonNode body = RunningServer.json(response);
        assertThat(body.get("status").asInt()).isEqualTo(500);
        assertThat(body.get("error").asText()).containsPattern("error id [0-9a-f]{8}");
        assertThat(response.body()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void pagesAnswer500WithTheErrorPage() {
        HttpResponse<String> response = running.get("/feeds");
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(RunningServer.contentType(response)).isEqualTo("text/html;charset=utf-8");
        assertThat(response.body()).containsPattern("error id [0-9a-f]{8}").doesNotContain("\tat ");
    }
}
