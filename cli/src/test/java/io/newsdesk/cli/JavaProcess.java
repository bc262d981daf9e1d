package io.newsdesk.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * {@code newsdesk} in a JVM of its own, on this test's class path, as the launcher would run it:
 * the same Java, and native access enabled as the jar's manifest enables it.
 */
final class JavaProcess {

    /** Generous: a command starts a JVM, opens a database and an index on a shared, busy machine. */
    private static final long TIMEOUT_SECONDS = 180;

    private JavaProcess() {}

    /** Starts {@code newsdesk args...}; standard output and error go to files in {@code dir}. */
    static Process start(Path dir, Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("stdout.txt").toFile())
                .redirectError(dir.resolve("stderr.txt").toFile())
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().keySet().removeIf(name -> name.startsWith("NEWSDESK_"));
        builder.environment().putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs {@code newsdesk args...} to its end. */
    static Cli.Result run(Path dir, Map<String, String> environment, String... args) throws InterruptedException {
        Process process = start(dir, environment, args);
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("newsdesk " + String.join(" ", args) + " did not finish");
        }
        return new Cli.Result(process.exitValue(), read(dir.resolve("stdout.txt")), read(dir.resolve("stderr.txt")));
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
