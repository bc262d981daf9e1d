package io.newsdesk.e2e.readers;

import io.newsdesk.e2e.support.BuildOutput;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * newsboat configured to sync with a Newsdesk through the Miniflux API, in a folder of its own
 * (configuration, cache, log, and a home folder so nothing of the machine's user is read). Batch
 * commands run as {@code newsboat -x …}; the interactive reader runs in a pseudo-terminal from
 * {@code script}, driven by keystrokes.
 */
final class Newsboat {

    private static final Pattern UNREAD = Pattern.compile("^(\\d+) unread articles?$", Pattern.MULTILINE);
    private static final long COMMAND_SECONDS = 120;

    private final Path home;
    private final String name;

    private Newsboat(Path home, String name) {
        this.home = home;
        this.name = name;
    }

    /**
     * A newsboat for the server at {@code server} with {@code urls-source "miniflux"}.
     *
     * @param server the address as a person would configure it, trailing slash included
     * @param name names its log file under {@code target/e2e-logs}
     */
    static Newsboat forMiniflux(Path home, URI server, String login, String password, String name) {
        String config = """
                urls-source "miniflux"
                miniflux-url "%s"
                miniflux-login "%s"
                miniflux-password "%s"
                """.formatted(server, login, password);
        try {
            Files.createDirectories(home);
            Files.writeString(home.resolve("config"), config, StandardCharsets.UTF_8);
            Files.writeString(home.resolve("urls"), "", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write newsboat's configuration in " + home, e);
        }
        return new Newsboat(home, name);
    }

    /** {@code newsboat -x reload}: fetches subscriptions, entries and their state from the server. */
    String reload() {
        return run("-x", "reload");
    }

    /** {@code newsboat -x reload} that is expected to fail; what newsboat said. */
    String reloadFails() {
        ProcessResult result = execute("-x", "reload");
        if (result.exitCode() == 0) {
            throw new AssertionError("newsboat reloaded though it should not have: " + result.output());
        }
        return result.output();
    }

    /** {@code newsboat -x print-unread}: how many articles its cache holds unread. */
    int unread() {
        String output = run("-x", "print-unread");
        Matcher count = UNREAD.matcher(output);
        if (!count.find()) {
            throw new AssertionError("newsboat printed no unread count: " + output);
        }
        return Integer.parseInt(count.group(1));
    }

    /** Starts the interactive reader on the cached articles. */
    Session open() {
        ProcessBuilder builder = new ProcessBuilder(inTerminal(command()))
                .redirectErrorStream(true)
                .redirectOutput(BuildOutput.logs().resolve(name + "-newsboat-screen.txt").toFile());
        environment(builder.environment());
        try {
            return new Session(builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start newsboat", e);
        }
    }

    /** {@code command} run by {@code script} in a pseudo-terminal of its own; nothing is recorded. */
    private static List<String> inTerminal(List<String> command) {
        String quoted = command.stream().map(word -> "'" + word.replace("'", "'\\''") + "'")
                .collect(Collectors.joining(" "));
        return List.of(NewsboatRequired.SCRIPT.toString(), "--quiet", "--return", "--flush", "--command", quoted,
                "/dev/null");
    }

    private String run(String... arguments) {
        ProcessResult result = execute(arguments);
        if (result.exitCode() != 0) {
            throw new AssertionError("newsboat " + String.join(" ", arguments) + " failed with " + result.exitCode()
                    + ": " + result.output() + " (log in " + log() + ")");
        }
        return result.output();
    }

    private record ProcessResult(int exitCode, String output) {}

    private ProcessResult execute(String... arguments) {
        List<String> command = new ArrayList<>(command());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        environment(builder.environment());
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(
                        "newsboat " + String.join(" ", arguments) + " did not finish; log in " + log());
            }
            return new ProcessResult(process.exitValue(), output);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run newsboat", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while newsboat ran", e);
        }
    }

    private List<String> command() {
        return List.of(NewsboatRequired.NEWSBOAT.toString(),
                "-C", home.resolve("config").toString(),
                "-u", home.resolve("urls").toString(),
                "-c", home.resolve("cache.db").toString(),
                "-l", "6", "-d", log().toString());
    }

    private Path log() {
        return BuildOutput.logs().resolve(name + "-newsboat.log");
    }

    private void environment(Map<String, String> environment) {
        environment.put("HOME", home.toString());
        environment.put("XDG_CONFIG_HOME", home.toString());
        environment.put("XDG_DATA_HOME", home.toString());
        environment.put("TERM", "xterm");
        environment.put("LINES", "40");
        environment.put("COLUMNS", "120");
        environment.put("LANG", "C.UTF-8");
        // Loopback only: no proxy may stand between newsboat and the test's server.
        environment.keySet().removeIf(variable -> variable.toLowerCase(Locale.ROOT).endsWith("_proxy"));
    }

    /** The interactive reader, typed at like a person would. */
    static final class Session implements AutoCloseable {

        private final Process process;
        private final OutputStream keyboard;

        private Session(Process process) {
            this.process = process;
            this.keyboard = process.getOutputStream();
        }

        /** Types {@code keys}; the terminal queues them until newsboat reads them, in order. */
        void type(String keys) {
            try {
                keyboard.write(keys.getBytes(StandardCharsets.UTF_8));
                keyboard.flush();
            } catch (IOException e) {
                throw new UncheckedIOException("newsboat stopped reading its keyboard", e);
            }
        }

        /** Types {@code keys} that end the program, and waits for it to end. */
        void quitWith(String keys) {
            type(keys);
            try {
                keyboard.close();
                if (!process.waitFor(COMMAND_SECONDS, TimeUnit.SECONDS)) {
                    throw new AssertionError("newsboat did not quit after '" + keys + "'");
                }
            } catch (IOException e) {
                throw new UncheckedIOException("newsboat stopped reading its keyboard", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while newsboat quit", e);
            }
        }

        @Override
        public void close() {
            if (process.isAlive()) {
                process.destroyForcibly();
            }
        }
    }
}
