package io.newsdesk.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.web.RunningServer;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** On loopback with no passwords, every request acts as the local owner, as before accounts. */
class PersonalModeTest {

    @Test
    void everyRequestActsAsTheOwnerUntilAPasswordIsSet(@TempDir Path dataDir) {
        try (RunningServer running = RunningServer.start(dataDir)) {
            assertThat(running.get("/api/v1/me").body()).contains("\"id\":1");
            assertThat(running.get("/login").headers().firstValue("Location")).contains("/");
            HttpResponse<String> settings = running.get("/settings");
            assertThat(settings.statusCode()).isEqualTo(200);
            assertThat(settings.body()).doesNotContain("current_password").doesNotContain("action=\"/logout\"");

            running.newsdesk.accounts().users().add("alice", "alice-password", true);
            // The service notices a first password within a second; a fresh server would at once.
            assertThat(running.newsdesk.accounts().accountsEnabled()).isTrue();
            assertThat(running.get("/api/v1/me").statusCode()).isEqualTo(401);
        }
    }
}
