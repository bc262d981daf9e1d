package io.newsdesk.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.RunningServer;
import io.newsdesk.web.SignedIn;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Accounts mode on a loopback address: a user has a password, so every request must sign in. */
class SignInTest {

    private RunningServer running;

    @BeforeEach
    void start(@TempDir Path dataDir) {
        running = RunningServer.start(dataDir);
        running.newsdesk.accounts().users().add("alice", "alice-password", true);
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void anonymousPagesGoToSignInAndTheApiAnswers401() {
        HttpResponse<String> page = running.get("/feeds?x=1");
        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("Location")).contains("/login?return_to=%2Ffeeds%3Fx%3D1");

        HttpResponse<String> api = running.get("/api/v1/feeds");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(RunningServer.json(api).get("error").asText()).contains("API token");
        assertThat(api.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).contains("Bearer"));

        assertThat(running.post("/api/v1/feeds/refresh").statusCode()).isEqualTo(401);
        assertThat(running.get("/healthz").statusCode()).isEqualTo(200);
        assertThat(running.get("/static/app.css").statusCode()).isEqualTo(200);
        HttpResponse<String> login = running.get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.body()).contains("name=\"password\"").contains("autocomplete=\"current-password\"");
    }

    @Test
    void signingInGivesAProtectedSessionCookieAndGoesBack() {
        HttpResponse<String> login = running.send("POST", "/login", "application/x-www-form-urlencoded",
                "username=alice&password=alice-password&return_to=%2Fstarred".getBytes(StandardCharsets.UTF_8));

        assertThat(login.statusCode()).isEqualTo(303);
        assertThat(login.headers().firstValue("Location")).contains("/starred");
        String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("newsdesk_session=").contains("HttpOnly").contains("SameSite=Lax")
                .contains("Path=/").doesNotContain("Secure");
        HttpResponse<String> starred = running.get("/starred", "Cookie", cookie.split(";", 2)[0]);
        assertThat(starred.statusCode()).isEqualTo(200);
        assertThat(starred.body()).contains("alice").contains("action=\"/logout\"");
        assertThat(running.get("/login", "Cookie", cookie.split(";", 2)[0]).statusCode())
                .as("signed in already").isEqualTo(303);
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameAnswer() {
        HttpResponse<String> wrong = form("/login", "username=alice&password=wrong-password");
        HttpResponse<String> unknown = form("/login", "username=nobody&password=wrong-password");

        assertThat(wrong.statusCode()).isEqualTo(401).isEqualTo(unknown.statusCode());
        assertThat(wrong.body()).contains("Wrong username or password.").contains("value=\"alice\"");
        assertThat(unknown.body()).contains("Wrong username or password.");
        assertThat(wrong.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void repeatedFailuresAreThrottled() {
        for (int i = 0; i < 5; i++) {
            assertThat(form("/login", "username=alice&password=guess-" + i).statusCode()).isEqualTo(401);
        }
        form("/login", "username=alice&password=guess-5");

        HttpResponse<String> throttled = form("/login", "username=alice&password=alice-password");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(throttled.body()).contains("Too many failed attempts");
    }

    @Test
    void changesFromASessionNeedItsCsrfToken() {
        SignedIn browser = SignedIn.as(running, "alice", "alice-password");

        HttpResponse<String> forged = running.sendJson("POST", "/api/v1/tokens", "{\"name\": \"x\"}",
                "Cookie", browser.cookie());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(RunningServer.json(forged).get("error").asText()).contains("reload the page");
        HttpResponse<String> wrongToken = running.sendJson("POST", "/api/v1/tokens", "{\"name\": \"x\"}",
                "Cookie", browser.cookie(), "X-CSRF-Token", "not-" + browser.csrfToken());
        assertThat(wrongToken.statusCode()).isEqualTo(403);

        assertThat(running.sendJson("POST", "/api/v1/tokens", "{\"name\": \"x\"}", browser.headers()).statusCode())
                .isEqualTo(201);
        HttpResponse<String> page = running.send("POST", "/settings/tokens", "application/x-www-form-urlencoded",
                ("name=from+the+page&_csrf=" + browser.csrfToken()).getBytes(StandardCharsets.UTF_8),
                "Cookie", browser.cookie());
        assertThat(page.statusCode()).isEqualTo(201);
        assertThat(page.body()).contains("from the page").contains("nd_");
        assertThat(running.get("/settings", "Cookie", browser.cookie()).body())
                .as("every form of the page carries the session's token")
                .contains("name=\"_csrf\" value=\"" + browser.csrfToken() + "\"");
    }

    @Test
    void signingOutEndsTheSessionOnTheServer() {
        SignedIn browser = SignedIn.as(running, "alice", "alice-password");

        HttpResponse<String> logout = running.post("/logout", browser.headers());
        assertThat(logout.statusCode()).isEqualTo(303);
        assertThat(logout.headers().firstValue("Set-Cookie")).hasValueSatisfying(cookie ->
                assertThat(cookie).startsWith("newsdesk_session=;").contains("Expires=Thu, 01 Jan 1970"));

        assertThat(running.get("/", "Cookie", browser.cookie()).statusCode()).isEqualTo(303);
        assertThat(running.get("/api/v1/me", "Cookie", browser.cookie()).statusCode()).isEqualTo(401);
    }

    @Test
    void programsSignInWithTokensOrBasicCredentials() {
        String token = running.newsdesk.accounts().tokens().create(1, "script").secret();

        assertThat(me(running.get("/api/v1/me", "X-Auth-Token", token)).get("username").asText()).isEqualTo("alice");
        assertThat(me(running.get("/api/v1/me", "Authorization", "Bearer " + token)).get("is_admin").asBoolean()).isTrue();
        assertThat(me(running.get("/api/v1/me", "Authorization", basic("alice:alice-password"))).get("id").asLong())
                .isEqualTo(1);
        assertThat(running.sendJson("POST", "/api/v1/tokens", "{\"name\": \"no csrf needed\"}", "X-Auth-Token", token)
                .statusCode()).isEqualTo(201);
    }

    @Test
    void wrongOrMalformedCredentialsAre401WithAReason() {
        assertThat(error(running.get("/api/v1/feeds", "X-Auth-Token", "nd_" + "x".repeat(43))))
                .contains("not a valid API token");
        assertThat(error(running.get("/api/v1/feeds", "Authorization", "Bearer nonsense"))).contains("not a valid");
        assertThat(error(running.get("/api/v1/feeds", "Authorization", basic("alice:wrong"))))
                .contains("wrong username or password");
        assertThat(error(running.get("/api/v1/feeds", "Authorization", "Basic %%%not-base64")))
                .contains("malformed Basic credentials");
        assertThat(error(running.get("/api/v1/feeds", "Authorization", basic("no-colon"))))
                .contains("malformed Basic credentials");
        assertThat(error(running.get("/api/v1/feeds", "Authorization", "Digest username=alice")))
                .contains("not supported");
        assertThat(running.get("/feeds", "Cookie", "newsdesk_session=made-up").statusCode())
                .as("an unknown session is no session").isEqualTo(303);
    }

    private HttpResponse<String> form(String path, String body) {
        return running.send("POST", path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode me(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RunningServer.json(response);
    }

    private static String error(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        return RunningServer.json(response).get("error").asText();
    }

    private static String basic(String pair) {
        return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    }
}
