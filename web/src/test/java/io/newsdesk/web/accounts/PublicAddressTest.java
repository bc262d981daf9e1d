package io.newsdesk.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.service.websub.PublicUrl;
import io.newsdesk.web.RunningServer;
import io.newsdesk.web.WebSettings;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server listening on every address requires sign-in even before anyone has a password. The
 * tests bind 0.0.0.0 but talk to it over loopback only.
 */
class PublicAddressTest {

    private static final WebSettings EVERY_ADDRESS = WebSettings.defaults().withBindAddress("0.0.0.0").withPort(0);

    @Test
    void withoutUsersEverythingAsksForTheAdministratorToBeCreated(@TempDir Path dataDir) {
        try (RunningServer running = RunningServer.start(dataDir, EVERY_ADDRESS)) {
            HttpResponse<String> api = running.get("/api/v1/entries");
            assertThat(api.statusCode()).isEqualTo(401);
            assertThat(RunningServer.json(api).get("error").asText()).contains("newsdesk user add NAME --admin");

            assertThat(running.get("/").headers().firstValue("Location")).hasValueSatisfying(
                    location -> assertThat(location).startsWith("/login"));
            HttpResponse<String> login = running.get("/login");
            assertThat(login.statusCode()).isEqualTo(200);
            assertThat(login.body()).contains("No one can sign in yet").contains("newsdesk user add NAME --admin")
                    .doesNotContain("name=\"password\"");
            assertThat(running.get("/healthz").statusCode()).isEqualTo(200);
            assertThat(form(running, "username=owner&password=").statusCode())
                    .as("the passwordless owner cannot sign in").isEqualTo(401);
        }
    }

    @Test
    void theFirstAdministratorKeepsThePersonalDataAndSignsIn(@TempDir Path dataDir) {
        try (RunningServer running = RunningServer.start(dataDir, EVERY_ADDRESS)) {
            var added = running.newsdesk.accounts().users().add("alice", "alice-password", true);
            assertThat(added.claimedOwner()).isTrue();

            HttpResponse<String> login = form(running, "username=alice&password=alice-password");
            assertThat(login.statusCode()).isEqualTo(303);
            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
            assertThat(running.get("/api/v1/me", "Cookie", cookie).body()).contains("\"username\":\"alice\"");
        }
    }

    @Test
    void behindAnHttpsPublicUrlTheCookieIsSecureAndHostOnly(@TempDir Path dataDir) {
        try (RunningServer running = RunningServer.start(dataDir,
                config -> config.withPublicUrl(PublicUrl.parse("https://news.example.org/")),
                WebSettings.defaults().withPort(0))) {
            running.newsdesk.accounts().users().add("alice", "alice-password", true);

            HttpResponse<String> login = form(running, "username=alice&password=alice-password");

            String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
            assertThat(cookie).startsWith("__Host-newsdesk_session=").contains("Secure").contains("HttpOnly")
                    .contains("Path=/").doesNotContain("Domain");
            assertThat(running.get("/api/v1/me", "Cookie", cookie.split(";", 2)[0]).statusCode()).isEqualTo(200);
            assertThat(running.get("/api/v1/me", "Cookie", cookie.split(";", 2)[0].replace("__Host-", "")).statusCode())
                    .as("only the prefixed cookie counts over https").isEqualTo(401);
        }
    }

    private static HttpResponse<String> form(RunningServer running, String body) {
        return running.send("POST", "/login", "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }
}
