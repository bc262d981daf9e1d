package io.newsdesk.web.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.RunningServer;
import io.newsdesk.web.SignedIn;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings page, the administrators' user list and /api/v1/tokens, signed in. */
class AccountPagesTest {

    private static final Pattern SECRET = Pattern.compile("nd_[A-Za-z0-9_-]{43}");

    private RunningServer running;
    private SignedIn alice;
    private SignedIn bob;

    @BeforeEach
    void start(@TempDir Path dataDir) {
        running = RunningServer.start(dataDir);
        running.newsdesk.accounts().users().add("alice", "alice-password", true);
        running.newsdesk.accounts().users().add("bob", "bob-password", false);
        alice = SignedIn.as(running, "alice", "alice-password");
        bob = SignedIn.as(running, "bob", "bob-password");
    }

    @AfterEach
    void stop() {
        running.close();
    }

    @Test
    void aTokenMadeOnTheSettingsPageIsShownOnceAndCanBeRevoked() {
        HttpResponse<String> created = post(bob, "/settings/tokens", "name=newsboat");
        assertThat(created.statusCode()).isEqualTo(201);
        Matcher secret = SECRET.matcher(created.body());
        assertThat(secret.find()).isTrue();
        assertThat(running.get("/api/v1/me", "X-Auth-Token", secret.group()).body()).contains("\"username\":\"bob\"");

        HttpResponse<String> settings = running.get("/settings", "Cookie", bob.cookie());
        assertThat(settings.body()).contains("newsboat").contains("API token").doesNotContain(secret.group());
        long id = running.newsdesk.accounts().tokens().list(2).getFirst().id();

        assertThat(post(bob, "/settings/tokens/" + id + "/revoke", "").statusCode()).isEqualTo(303);
        assertThat(running.get("/api/v1/me", "X-Auth-Token", secret.group()).statusCode()).isEqualTo(401);
        assertThat(post(bob, "/settings/tokens", "name=").statusCode()).isEqualTo(400);
    }

    @Test
    void changingThePasswordSignsOutOtherBrowsersButNotThisOne() {
        SignedIn otherBrowser = SignedIn.as(running, "bob", "bob-password");

        HttpResponse<String> mismatch = post(bob, "/settings/password",
                "current_password=bob-password&new_password=new-password-1&repeat_password=new-password-2");
        assertThat(mismatch.statusCode()).isEqualTo(400);
        assertThat(mismatch.body()).contains("differ");
        HttpResponse<String> wrongCurrent = post(bob, "/settings/password",
                "current_password=guess&new_password=new-password-1&repeat_password=new-password-1");
        assertThat(wrongCurrent.statusCode()).isEqualTo(400);

        HttpResponse<String> changed = post(bob, "/settings/password",
                "current_password=bob-password&new_password=new-password-1&repeat_password=new-password-1");
        assertThat(changed.statusCode()).isEqualTo(303);
        String newCookie = changed.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("newsdesk_session=")).findFirst().orElseThrow().split(";", 2)[0];
        assertThat(running.get("/settings", "Cookie", newCookie).statusCode()).isEqualTo(200);
        assertThat(running.get("/settings", "Cookie", otherBrowser.cookie()).statusCode()).isEqualTo(303);
        assertThat(running.get("/settings", "Cookie", bob.cookie()).statusCode()).isEqualTo(303);
    }

    @Test
    void onlyAdministratorsManageUsers() {
        assertThat(running.get("/admin/users", "Cookie", bob.cookie()).statusCode()).isEqualTo(403);
        assertThat(post(bob, "/admin/users", "username=mallory&password=mallory-password").statusCode()).isEqualTo(403);
        assertThat(running.get("/", "Cookie", bob.cookie()).body()).doesNotContain("href=\"/admin/users\"");

        HttpResponse<String> list = running.get("/admin/users", "Cookie", alice.cookie());
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(list.body()).contains("alice").contains("bob").contains("Administrator");

        assertThat(post(alice, "/admin/users", "username=carol&password=carol-password&admin=true").statusCode())
                .isEqualTo(303);
        HttpResponse<String> duplicate = post(alice, "/admin/users", "username=Carol&password=carol-password");
        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(duplicate.body()).contains("a user named Carol exists already").contains("value=\"Carol\"");
        assertThat(post(alice, "/admin/users", "username=dave&password=short").statusCode()).isEqualTo(400);
        long carol = running.newsdesk.accounts().users().find("carol").orElseThrow().id();

        assertThat(post(alice, "/admin/users/" + carol + "/remove", "").statusCode()).isEqualTo(303);
        assertThat(running.newsdesk.accounts().users().find("carol")).isEmpty();
        assertThat(post(alice, "/admin/users/1/remove", "").statusCode()).as("not oneself").isEqualTo(409);
        assertThat(post(alice, "/admin/users/999/remove", "").statusCode()).isEqualTo(404);
    }

    @Test
    void theTokensApiListsCreatesAndRevokesTheUsersOwnTokens() {
        HttpResponse<String> created = running.sendJson("POST", "/api/v1/tokens", "{\"name\": \"reader\"}", bob.headers());
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode token = RunningServer.json(created);
        assertThat(token.get("token").asText()).matches(SECRET);
        assertThat(token.get("kind").asText()).isEqualTo("api");
        assertThat(created.headers().firstValue("Location")).contains("/api/v1/tokens/" + token.get("id").asLong());

        JsonNode list = RunningServer.json(running.get("/api/v1/tokens", "X-Auth-Token", token.get("token").asText()));
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(list.get("tokens").get(0).has("token")).as("secrets are never listed").isFalse();
        assertThat(list.get("tokens").get(0).get("last_used_at").isNull()).isFalse();

        assertThat(running.send("DELETE", "/api/v1/tokens/" + token.get("id").asLong(), null, null, alice.headers())
                .statusCode()).as("someone else's token").isEqualTo(404);
        assertThat(running.sendJson("POST", "/api/v1/tokens", "{\"name\": \"x\", \"scope\": \"all\"}", bob.headers())
                .statusCode()).isEqualTo(400);
        assertThat(running.send("DELETE", "/api/v1/tokens/" + token.get("id").asLong(), null, null, bob.headers())
                .statusCode()).isEqualTo(204);
        assertThat(running.get("/api/v1/me", "X-Auth-Token", token.get("token").asText()).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> post(SignedIn browser, String path, String form) {
        String body = form.isEmpty() ? "_csrf=" + browser.csrfToken() : form + "&_csrf=" + browser.csrfToken();
        return running.send("POST", path, "application/x-www-form-urlencoded", body.getBytes(StandardCharsets.UTF_8),
                "Cookie", browser.cookie());
    }
}
