package io.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsdesk serve} as its own process: it starts, answers, logs only its own lines and stops on SIGTERM. */
class ServeCommandTest {

    private static final Pattern ADDRESS = Pattern.compile("Newsdesk is running at (http://127\\.0\\.0\\.1:\\d+/)");

    @TempDir
    Path temp;

    @Test
    void servesUntilTerminatedWithoutLibraryNoise() throws IOException, InterruptedException {
        Process process = JavaProcess.start(temp, Map.of(), "--data", temp.resolve("data").toString(),
                "serve", "--port", "0", "--demo", "--public-url", "https://news.example.org/");
        try {
            String address = awaitAddress(process);
            HttpResponse<String> health = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(address + "healthz")).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(health.statusCode()).isEqualTo(200);
        } finally {
            process.destroy();
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();

        String log = JavaProcess.read(temp.resolve("stderr.txt"));
        assertThat(log).contains("Newsdesk is listening on").contains("WebSub hubs push feeds to https://news.example.org/");
        assertThat(log.lines()).as("only Newsdesk's own log lines")
                .allSatisfy(line -> assertThat(line).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  i\\.n.*"));
    }

    @Test
    void aPortInUseIsOneLineAndExitCode1() throws IOException, InterruptedException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Cli.Result result = JavaProcess.run(temp, Map.of(), "--data", temp.resolve("data").toString(),
                    "serve", "--port", String.valueOf(taken.getLocalPort()));

            assertThat(result.exitCode()).isEqualTo(1);
            assertThat(result.out()).isEmpty();
            assertThat(result.err().lines().toList().getLast())
                    .startsWith("newsdesk: cannot listen on 127.0.0.1:" + taken.getLocalPort() + ": ");
            assertThat(result.err()).doesNotContain("Exception").doesNotContain("\tat ");
        }
    }

    @Test
    void anUnusablePublicUrlIsOneLineAndExitCode1() throws InterruptedException {
        Cli.Result result = JavaProcess.run(temp, Map.of("NEWSDESK_PUBLIC_URL", "https://news.example.org/"),
                "--data", temp.resolve("data").toString(), "serve", "--port", "0", "--public-url", "news.example.org");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err().lines().toList().getLast()).isEqualTo("newsdesk: the public URL 'news.example.org' "
                + "cannot be used: it must be an absolute http or https URL, such as https://news.example.org/");
    }

    @Test
    void thePublicUrlMayComeFromTheEnvironment() throws InterruptedException {
        Cli.Result result = JavaProcess.run(temp, Map.of("NEWSDESK_PUBLIC_URL", "ftp://news.example.org/"),
                "--data", temp.resolve("data").toString(), "serve", "--port", "0");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("the public URL 'ftp://news.example.org/' cannot be used");
    }

    @Test
    void pollingBoundsComeFromTheOptionsOrTheEnvironment() throws IOException, InterruptedException {
        Process process = JavaProcess.start(temp, Map.of("NEWSDESK_PER_HOST", "1"),
                "--data", temp.resolve("data").toString(), "serve", "--port", "0", "--poll-concurrency", "3");
        try {
            awaitAddress(process);
        } finally {
            process.destroy();
        }
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();

        assertThat(JavaProcess.read(temp.resolve("stderr.txt"))).contains("Polling feeds (3 at once, 1 per site)");
    }

    @Test
    void pollingBoundsBelowOneAreAUsageError() {
        Cli.Result result = Cli.run("--data", temp.resolve("data").toString(), "serve", "--per-host", "0");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).startsWith("--per-host must be at least 1, not 0");
        assertThat(Files.exists(temp.resolve("data"))).as("nothing was opened").isFalse();
    }

    /** The address from the first line the server prints, once it is listening. */
    private String awaitAddress(Process process) throws IOException, InterruptedException {
        Path stdout = temp.resolve("stdout.txt");
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            Matcher matcher = ADDRESS.matcher(Files.readString(stdout));
            if (matcher.find()) {
                return matcher.group(1);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the server did not start; stderr: " + JavaProcess.read(temp.resolve("stderr.txt")));
    }
}
