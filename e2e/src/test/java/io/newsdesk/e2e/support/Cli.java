package io.newsdesk.e2e.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs {@code newsdesk} commands in their own processes, as a user at a terminal would. */
public final class Cli {

    /** The {@code newsdesk} command's entry point. */
    public static final String MAIN_CLASS = "io.newsdesk.cli.Main";

    /** Generous: a command starts a JVM and may wait for a running server (reindex). */
    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    private static final AtomicInteger RUNS = new AtomicInteger();

    private Cli() {}

    /**
     * Runs {@code newsdesk --data DATA_DIR ARGS...} and waits for it to end.
     *
     * @throws IllegalStateException when the command is still running after five minutes (it is
     *     killed) or cannot be started
     */
    public static CliResult run(Path dataDir, String... args) {
        List<String> arguments = new ArrayList<>(List.of("--data", dataDir.toString()));
        arguments.addAll(List.of(args));
        String name = "cli-" + RUNS.incrementAndGet() + "-" + args[0];
        Path stdout = BuildOutput.logs().resolve(name + ".out");
        Path stderr = BuildOutput.logs().resolve(name + ".err");
        // Output goes to files rather than pipes, so a chatty command can never block on a full pipe.
        ProcessBuilder builder = JavaCommand.of(MAIN_CLASS, arguments)
                .redirectOutput(stdout.toFile())
                .redirectError(stderr.toFile());
        try {
            Process process = builder.start();
            if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("newsdesk " + String.join(" ", args) + " did not end within "
                        + TIMEOUT + "; see " + stderr);
            }
            return new CliResult(process.exitValue(), read(stdout), read(stderr));
        } catch (IOException e) {
            throw new IllegalStateException("cannot run newsdesk " + String.join(" ", args), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running newsdesk " + String.join(" ", args), e);
        }
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
