package io.newsdesk.web.readers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsdesk.web.RunningServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * How each protocol proves who a request acts for, and refuses what proves nothing: missing,
 * malformed and wrong credentials get the protocol's "sign in" answer with a message that says
 * what is wrong, and change nothing.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SignInTest {

    private static final String GREADER = "/api/greader.php";
    private static final String API = GREADER + "/reader/api/0";

    private TwoReaders readers;

    @BeforeAll
    void start(@TempDir Path dataDir) {
        readers = TwoReaders.start(dataDir);
    }

    @AfterAll
    void nothingChanged() {
        try {
            long read = RunningServer.json(readers.server.get("/v1/entries?status=read",
                    "X-Auth-Token", TwoReaders.ADA_TOKEN)).get("total").asLong();
            assertThat(read).isZero();
        } finally {
            readers.close();
        }
    }

    @Test
    void minifluxTakesBasicCredentialsOrAnApiToken() {
        JsonNode byPassword = RunningServer.json(readers.server.get("/v1/me",
                "Authorization", basic("ada", TwoReaders.ADA_PASSWORD)));
        JsonNode byToken = RunningServer.json(readers.server.get("/v1/me", "X-Auth-Token", TwoReaders.BOB_TOKEN));

        assertThat(byPassword.get("username").asText()).isEqualTo("ada");
        assertThat(byPassword.get("is_admin").asBoolean()).isTrue();
        assertThat(byToken.get("username").asText()).isEqualTo("bob");
        assertThat(byToken.get("id").asLong()).isEqualTo(readers.bob.id());
    }

    @Test
    void minifluxRefusesMissingMalformedAndWrongCredentials() {
        assertMinifluxRefused(readers.server.get("/v1/feeds"),
                "access unauthorized: send your username and password (HTTP Basic) or an API token (X-Auth-Token)");
        assertMinifluxRefused(readers.server.get("/v1/feeds", "Authorization", basic("ada", "guess")),
                "access unauthorized: wrong username or password");
        assertMinifluxRefused(readers.server.get("/v1/feeds", "Authorization", basic("nobody", "guess")),
                "access unauthorized: wrong username or password");
        assertMinifluxRefused(readers.server.get("/v1/feeds", "X-Auth-Token", "not-a-token"),
                "access unauthorized: the API token in X-Auth-Token is not valid (revoked, or mistyped)");
        assertMinifluxRefused(readers.server.get("/v1/feeds", "Authorization", "Basic %%%"),
                "malformed Basic credentials: the credentials are not base64");
        assertMinifluxRefused(readers.server.get("/v1/feeds", "Authorization",
                "Basic " + Base64.getEncoder().encodeToString("ada".getBytes(StandardCharsets.UTF_8))),
                "malformed Basic credentials: the credentials have no ':' between username and password");
        assertMinifluxRefused(readers.server.get("/v1/feeds", "Authorization", "Bearer " + TwoReaders.ADA_TOKEN),
                "the Authorization header must use the Basic scheme (or send an API token in X-Auth-Token)");
        assertMinifluxRefused(readers.server.send("PUT", "/v1/entries", "application/json",
                "{\"entry_ids\": [1, 2, 3], \"status\": \"read\"}".getBytes(StandardCharsets.UTF_8)),
                "access unauthorized: send your username and password (HTTP Basic) or an API token (X-Auth-Token)");
        assertMinifluxRefused(readers.server.get("/v1/no-such-endpoint"),
                "access unauthorized: send your username and password (HTTP Basic) or an API token (X-Auth-Token)");
    }

    @Test
    void googleReaderSignsInAsNewsboatDoesAndTakesTheTokenItGave() {
        HttpResponse<String> login = readers.server.send("POST", GREADER + "/accounts/ClientLogin",
                "application/x-www-form-urlencoded", ("service=reader&Email=ada&Passwd=correct%20horse%20battery%20staple"
                        + "&source=newsboat%2F2.24&accountType=HOSTED_OR_GOOGLE&continue=http://www.google.com/")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(RunningServer.contentType(login)).startsWith("text/plain");
        assertThat(login.body()).matches("SID=(\\S+)\nLSID=null\nAuth=\\1\n");
        String auth = login.body().lines().filter(line -> line.startsWith("Auth=")).findFirst().orElseThrow()
                .substring("Auth=".length());
        HttpResponse<String> list = readers.server.get(API + "/subscription/list?output=json",
                "Authorization", "GoogleLogin auth=" + auth);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(RunningServer.json(list).get("subscriptions")).hasSize(2);

        HttpResponse<String> viaQuery = readers.server.get(GREADER + "/accounts/ClientLogin?Email=bob&Passwd="
                + TwoReaders.BOB_TOKEN);
        assertThat(viaQuery.statusCode()).as("an API token as the password").isEqualTo(200);
    }

    @Test
    void googleReaderRefusesWrongLoginsAndTokens() {
        HttpResponse<String> wrong = readers.postForm(GREADER + "/accounts/ClientLogin", "Email=ada&Passwd=guess");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).startsWith("Error=BadAuthentication\n");
        HttpResponse<String> othersToken = readers.postForm(GREADER + "/accounts/ClientLogin",
                "Email=ada&Passwd=" + TwoReaders.BOB_TOKEN);
        assertThat(othersToken.statusCode()).as("Bob's token is no password of Ada's").isEqualTo(401);

        assertGoogleReaderRefused(readers.server.get(API + "/subscription/list"),
                "Unauthorized: send Authorization: GoogleLogin auth=TOKEN, with the token accounts/ClientLogin gave");
        assertGoogleReaderRefused(readers.server.get(API + "/subscription/list", "Authorization", "GoogleLogin auth=nope"),
                "Unauthorized: the GoogleLogin token is not valid (expired or revoked); sign in again");
        assertGoogleReaderRefused(readers.server.get(API + "/subscription/list", "Authorization", "GoogleLogin nope"),
                "Unauthorized: malformed GoogleLogin header: expected auth=TOKEN");
        assertGoogleReaderRefused(readers.server.get(API + "/subscription/list", "Authorization", "Bearer nope"),
                "Unauthorized: the Authorization header must be GoogleLogin auth=TOKEN");
        assertGoogleReaderRefused(readers.postForm(API + "/edit-tag", "i=1&a=user/-/state/com.google/read"),
                "Unauthorized: send Authorization: GoogleLogin auth=TOKEN, with the token accounts/ClientLogin gave");
    }

    @Test
    void googleReaderActionTokensBelongToTheirSignIn() {
        String adaAuth = "GoogleLogin auth=" + TwoReaders.ADA_TOKEN;
        String bobsToken = readers.server.get(API + "/token", "Authorization", "GoogleLogin auth=" + TwoReaders.BOB_TOKEN)
                .body();
        String adasToken = readers.server.get(API + "/token", "Authorization", adaAuth).body();

        assertThat(adasToken).isNotEqualTo(bobsToken);
        HttpResponse<String> refused = readers.postForm(API + "/edit-tag",
                "i=1&a=user/-/state/com.google/starred&T=" + bobsToken.strip(), "Authorization", adaAuth);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Google-Bad-Token")).contains("true");
        assertThat(refused.body()).startsWith("Unauthorized: the action token T is not valid for this sign-in");
    }

    @Test
    void feverTakesTheKeyOfUsernameAndPassword() {
        JsonNode ada = fever("api_key=" + TwoReaders.feverKey("ada", TwoReaders.ADA_PASSWORD), "&feeds");
        JsonNode upperCase = fever("api_key=" + TwoReaders.feverKey("bob", TwoReaders.BOB_PASSWORD).toUpperCase(), "");

        assertThat(ada.get("auth").asInt()).isEqualTo(1);
        assertThat(ada.get("feeds")).hasSize(2);
        assertThat(upperCase.get("auth").asInt()).isEqualTo(1);
    }

    @Test
    void feverAnswersAuthZeroToMissingMalformedAndWrongKeys() {
        for (String form : new String[] {"", "api_key=", "api_key=not-hex", "api_key=" + "0".repeat(32),
                "api_key=" + TwoReaders.feverKey("ada", "guess"),
                "api_key=" + TwoReaders.feverKey("ada", "guess") + "&mark=item&as=read&id=1"}) {
            JsonNode answer = fever(form, "&items&feeds");
            assertThat(answer.get("auth").asInt()).as(form).isZero();
            assertThat(answer.get("api_version").asInt()).isEqualTo(3);
            assertThat(answer.has("items")).isFalse();
            assertThat(answer.has("feeds")).isFalse();
        }
    }

    private JsonNode fever(String form, String query) {
        HttpResponse<String> response = readers.postForm("/fever/?api" + query, form);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RunningServer.json(response);
    }

    private static void assertMinifluxRefused(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(response.headers().firstValue("WWW-Authenticate")).contains("Basic realm=\"Newsdesk\"");
        assertThat(RunningServer.json(response).get("error_message").asText()).isEqualTo(message);
    }

    private static void assertGoogleReaderRefused(HttpResponse<String> response, String message) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(401);
        assertThat(RunningServer.contentType(response)).startsWith("text/plain");
        assertThat(response.body()).isEqualTo(message + "\n");
    }

    private static String basic(String username, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
