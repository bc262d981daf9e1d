package io.newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Requests that change data are refused when a browser sends them for another site. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CrossSiteRequestsTest {

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
    void aForeignOriginIsRefusedOnTheApiWithJson() {
        HttpResponse<String> response = running.sendJson("PUT", "/api/v1/entries/read",
                "{\"entry_ids\": [], \"read\": true}", "Origin", "https://evil.example");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(RunningServer.json(response).get("error").asText())
                .startsWith("cross-site request refused")
                .contains("https://evil.example");
    }

    @Test
    void aForeignFormPostIsRefusedWithTheErrorPage() {
        HttpResponse<String> response = running.send("POST", "/entries/mark-read",
                "application/x-www-form-urlencoded", "ids=1".getBytes(), "Origin", "https://evil.example");
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(RunningServer.contentType(response)).isEqualTo("text/html;charset=utf-8");
        assertThat(response.body()).contains("cross-site request refused");
    }

    @Test
    void aCrossSiteFetchWithoutOriginIsRefused() {
        HttpResponse<String> response = running.sendJson("PUT", "/api/v1/entries/read",
                "{\"entry_ids\": [], \"read\": true}", "Sec-Fetch-Site", "cross-site");
        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void allStateChangingMethodsAreGuarded() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            HttpResponse<String> response = running.send(method, "/api/v1/feeds/1", null, null, "Origin", "null");
            assertThat(response.statusCode()).as(method).isEqualTo(403);
        }
    }

    @Test
    void theSitesOwnPagesAndHeaderlessClientsPass() {
        String body = "{\"entry_ids\": [], \"read\": true}";
        assertThat(running.sendJson("PUT", "/api/v1/entries/read", body, "Origin", running.origin()).statusCode())
                .isEqualTo(200);
        assertThat(running.sendJson("PUT", "/api/v1/entries/read", body, "Sec-Fetch-Site", "same-origin").statusCode())
                .isEqualTo(200);
        assertThat(running.sendJson("PUT", "/api/v1/entries/read", body).statusCode()).isEqualTo(200);
    }

    @Test
    void readingIsAllowedFromAnywhere() {
        assertThat(running.get("/api/v1/feeds", "Origin", "https://evil.example").statusCode()).isEqualTo(200);
    }

    @Test
    void theUiTokenIsAcceptedAndIgnored() {
        HttpResponse<String> response = running.sendJson("PUT", "/api/v1/entries/read",
                "{\"entry_ids\": [], \"read\": true}", "Origin", running.origin(), "X-CSRF-Token", "anything");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(RunningServer.json(response).get("updated").asInt()).isZero();
    }
}
