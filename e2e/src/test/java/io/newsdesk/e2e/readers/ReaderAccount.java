package io.newsdesk.e2e.readers;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.e2e.support.BuildOutput;
import io.newsdesk.e2e.support.Cli;
import io.newsdesk.e2e.support.Eventually;
import io.newsdesk.e2e.support.JavaCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The person whose reader apps the tests play: made the administrator with {@code newsdesk user
 * add NAME --admin --password-stdin} next to the running server, which claims the personal-mode
 * owner (and the feeds subscribed so far) and turns on sign-in.
 *
 * @param username the name to sign in with
 * @param password the password
 */
record ReaderAccount(String username, String password) {

    /**
     * Creates the administrator on the server's data folder and waits until the server asks for
     * sign-in.
     */
    static ReaderAccount create(Path dataDir, URI server, String username, String password) {
        Path input = BuildOutput.logs().resolve("user-add-" + username + ".in");
        Path output = BuildOutput.logs().resolve("user-add-" + username + ".out");
        try {
            Files.writeString(input, password + "\n", StandardCharsets.UTF_8);
            Process process = JavaCommand.of(Cli.MAIN_CLASS, List.of("--data", dataDir.toString(), "user", "add",
                            username, "--admin", "--password-stdin"))
                    .redirectInput(input.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(output.toFile())
                    .start();
            assertThat(process.waitFor(2, TimeUnit.MINUTES)).as("user add ended").isTrue();
            assertThat(process.exitValue()).as("user add: %s", Files.readString(output)).isZero();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run newsdesk user add", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while adding a user", e);
        }
        RawHttp anonymous = new RawHttp(server);
        Eventually.holds(() -> assertThat(anonymous.get("/api/v1/feeds").status()).isEqualTo(401));
        return new ReaderAccount(username, password);
    }

    /** {@code Authorization: Basic …}, as a header name and value. */
    String[] basic() {
        String pair = username + ":" + password;
        return new String[] {"Authorization",
                "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8))};
    }

    /** Fever's key: the hexadecimal MD5 of {@code username:password}. */
    String feverKey() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest((username + ":" + password).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }
}
