package io.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.NewsdeskConfig;
import io.newsdesk.service.accounts.LoginOutcome;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UserCommandsTest {

    @TempDir
    Path data;

    @Test
    void theFirstAdministratorTakesOverTheOwnersData() {
        Cli.on(data, "import", Fixtures.teaser().toString()).succeeded();

        Cli.Result added = withStdin("alice-password\n", "user", "add", "alice", "--admin", "--password-stdin");

        assertThat(added.succeeded().out()).contains("Added administrator alice, who keeps the feeds");
        assertThat(Cli.on(data, "user", "list").succeeded().out()).contains("alice").contains("admin")
                .contains("password").doesNotContain("owner");
        assertThat(signIn("alice", "alice-password")).isInstanceOf(LoginOutcome.Success.class);
        assertThat(Cli.on(data, "feed", "list").succeeded().out()).as("the feeds stayed").doesNotContain("No feeds yet");
    }

    @Test
    void usersAreAddedChangedListedAndRemoved() {
        withStdin("alice-password\n", "user", "add", "alice", "--admin", "--password-stdin").succeeded();
        assertThat(withStdin("bob-password\r\n", "user", "add", "bob", "--password-stdin").succeeded().out())
                .contains("Added user bob.");

        Cli.Result duplicate = withStdin("other-password\n", "user", "add", "Bob", "--password-stdin");
        assertThat(duplicate.exitCode()).isEqualTo(1);
        assertThat(duplicate.err()).contains("a user named Bob exists already");

        assertThat(withStdin("new-bob-password\n", "user", "passwd", "bob", "--password-stdin").succeeded().out())
                .contains("Changed the password of bob");
        assertThat(signIn("bob", "bob-password")).isInstanceOf(LoginOutcome.Refused.class);
        assertThat(signIn("bob", "new-bob-password")).isInstanceOf(LoginOutcome.Success.class);

        assertThat(Cli.on(data, "user", "list", "--json").succeeded().json()).hasSize(2);
        assertThat(Cli.on(data, "user", "remove", "bob").succeeded().out()).contains("Removed bob");
        Cli.Result last = Cli.on(data, "user", "remove", "alice");
        assertThat(last.exitCode()).isEqualTo(1);
        assertThat(last.err()).contains("command line");
        assertThat(Cli.on(data, "user", "remove", "nobody").err()).contains("there is no user named nobody");
    }

    @Test
    void commandsActForTheUserTheyName() {
        withStdin("alice-password\n", "user", "add", "alice", "--admin", "--password-stdin").succeeded();
        withStdin("bob-password\n", "user", "add", "bob", "--password-stdin").succeeded();

        Cli.on(data, "import", Fixtures.teaser().toString(), "--user", "bob").succeeded();

        assertThat(Cli.on(data, "feed", "list", "--user", "bob", "--json").succeeded().json().get("total").asInt())
                .isEqualTo(1);
        assertThat(Cli.on(data, "search", "Shoigu", "--user", "bob", "--json").succeeded().json().get("total").asInt())
                .isEqualTo(1);
        assertThat(Cli.on(data, "feed", "list").succeeded().out()).as("the owner, alice").contains("No feeds yet");
        assertThat(Cli.on(data, "search", "Shoigu", "--json").succeeded().json().get("total").asInt()).isZero();

        Cli.Result nobody = Cli.on(data, "feed", "list", "--user", "nobody");
        assertThat(nobody.exitCode()).isEqualTo(1);
        assertThat(nobody.err()).contains("no user named \"nobody\"").hasLineCount(1);
    }

    @Test
    void passwordsNeverComeFromArgumentsAndMustFollowTheRules() {
        Cli.Result noTerminal = withStdin("", "user", "add", "alice");
        assertThat(noTerminal.exitCode()).isEqualTo(1);
        assertThat(noTerminal.err()).contains("--password-stdin");

        assertThat(withStdin("", "user", "add", "alice", "--password-stdin").err()).contains("held no password");
        assertThat(withStdin("short\n", "user", "add", "alice", "--password-stdin").err())
                .contains("at least 8 characters");
        assertThat(withStdin("long-enough\n", "user", "add", "al ice", "--password-stdin").err())
                .contains("a username is");
        assertThat(Cli.on(data, "user", "list").succeeded().out()).contains("Nobody signs in yet");
    }

    @Test
    void aRunningServerRequiresSignInOnceTheAdministratorIsAdded() throws InterruptedException {
        try (RunningServer server = RunningServer.start(data)) {
            assertThat(server.status("/api/v1/feeds")).as("personal mode").isEqualTo(200);

            withStdin("alice-password\n", "user", "add", "alice", "--admin", "--password-stdin").succeeded();

            assertThat(server.awaitStatus("/api/v1/feeds", 401)).isEqualTo(401);
            String basic = "Basic " + Base64.getEncoder().encodeToString(
                    "alice:alice-password".getBytes(StandardCharsets.UTF_8));
            assertThat(server.status("/api/v1/feeds", "Authorization", basic)).isEqualTo(200);
        }
    }

    private LoginOutcome signIn(String username, String password) {
        try (Newsdesk newsdesk = Newsdesk.open(NewsdeskConfig.defaults(data))) {
            return newsdesk.accounts().login(username, password, "127.0.0.1");
        }
    }

    private Cli.Result withStdin(String input, String... args) {
        InputStream original = System.in;
        System.setIn(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)));
        try {
            return Cli.on(data, args);
        } finally {
            System.setIn(original);
        }
    }
}
