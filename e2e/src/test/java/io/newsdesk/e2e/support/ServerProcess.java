package io.newsdesk.e2e.support;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Newsdesk server running in its own process: started, found by the address it prints, known to
 * be ready once {@code GET /healthz} answers 200, and stopped the way an operator stops it
 * (SIGTERM, which runs its shutdown hook).
 */
public final class ServerProcess implements AutoCloseable {

    /** The line {@code newsdesk serve} prints once it listens. */
    private static final Pattern RUNNING_AT = Pattern.compile("Newsdesk is running at (http://\\S+?/) ");
    /** Starting includes migrating a fresh database and, with --demo, loading the demo corpus. */
    private static final Duration STARTUP = Duration.ofMinutes(2);
    private static final Duration SHUTDOWN = Duration.ofSeconds(30);
    /** What a JVM stopped by SIGTERM exits with after running its shutdown hooks: 128 + 15. */
    private static final int TERMINATED = 143;

    private final Process process;
    private final URI baseUri;
    private final Path log;

    private ServerProcess(Process process, URI baseUri, Path log) {
        this.process = process;
        this.baseUri = baseUri;
        this.log = log;
    }

    /**
     * Starts {@code mainClass} with {@code arguments} and waits until it serves.
     *
     * @param name names the log files under {@code target/e2e-logs}
     * @throws IllegalStateException when the server does not announce itself or become healthy in
     *     time, or exits; the message points at its log
     */
    public static ServerProcess start(String name, String mainClass, List<String> arguments) {
        Path stdoutLog = BuildOutput.logs().resolve(name + "-server.out");
        Path stderrLog = BuildOutput.logs().resolve(name + "-server.err");
        Process process;
        try {
            process = JavaCommand.of(mainClass, arguments)
                        .redirectError(stderrLog.toFile())
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the server " + mainClass, e);
        }
        CompletableFuture<URI> announced = new CompletableFuture<>();
        Thread.ofPlatform().daemon().name(name + "-server-stdout")
                .start(() -> copyAnnouncing(process, stdoutLog, announced));
        try {
            URI baseUri = announced.get(STARTUP.toSeconds(), TimeUnit.SECONDS);
            ServerProcess server = new ServerProcess(process, baseUri, stderrLog);
            server.awaitHealthy(Instant.now().plus(STARTUP));
            return server;
        } catch (TimeoutException | ExecutionException | RuntimeException e) {
            throw new IllegalStateException("the server did not start (" + endOfFailedStart(process) + "); see "
                    + stderrLog.toAbsolutePath() + " and " + stdoutLog.toAbsolutePath(), e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting the server", e);
        }
    }

    /** Ends a server that failed to start and says how it ended. */
    private static String endOfFailedStart(Process process) {
        try {
            // A server that crashed has closed its output a moment before its JVM is gone.
            if (process.waitFor(5, TimeUnit.SECONDS)) {
                return "it exited with " + process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        return "it was still running and has been killed";
    }

    /** Copies the server's standard output to its log, completing {@code announced} with its address. */
    private static void copyAnnouncing(Process process, Path stdoutLog, CompletableFuture<URI> announced) {
        try (BufferedReader lines = new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                Writer out = Files.newBufferedWriter(stdoutLog, StandardCharsets.UTF_8)) {
            String line;
            while ((line = lines.readLine()) != null) {
                out.write(line);
                out.write('\n');
                out.flush();
                Matcher running = RUNNING_AT.matcher(line);
                if (running.find()) {
                    announced.complete(URI.create(running.group(1)));
                }
            }
            announced.completeExceptionally(new IllegalStateException(
                    "the server closed its output without saying where it runs"));
        } catch (IOException e) {
            announced.completeExceptionally(e);
        }
    }

    private void awaitHealthy(Instant deadline) throws InterruptedException {
        ApiClient client = new ApiClient(baseUri);
        while (true) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server exited with " + process.exitValue());
            }
            try {
                if (client.get("/healthz").status() == 200) {
                    return;
                }
            } catch (UncheckedIOException notYet) {
                // Not accepting connections yet.
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException("GET /healthz did not answer 200 in time");
            }
            Thread.sleep(100);
        }
    }

    /** Where the server is, e.g. {@code http://127.0.0.1:41234/}. */
    public URI baseUri() {
        return baseUri;
    }

    /** The server's log (its standard error). */
    public Path log() {
        return log;
    }

    /**
     * Stops the server with SIGTERM and waits for it to exit.
     *
     * @return the exit code: 143 after a clean shutdown on SIGTERM, 0 if it ended by itself
     * @throws IllegalStateException when it has not exited after 30 seconds (it is then killed)
     */
    public int stop() {
        process.destroy();
        try {
            if (!process.waitFor(SHUTDOWN.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the server did not exit within " + SHUTDOWN + " of SIGTERM; see " + log);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while stopping the server", e);
        }
        return process.exitValue();
    }

    /** Whether {@code exitCode} is what a server stopped by {@link #stop()} ends with. */
    public static boolean isCleanStop(int exitCode) {
        return exitCode == TERMINATED || exitCode == 0;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            stop();
        }
    }
}
