package io.newsdesk.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A Newsdesk server in its own process on a fresh data folder, for one test class: started before
 * the first test, stopped after the last, with the assertion that it then exits. Register it as a
 * static field with {@code @RegisterExtension}:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final NewsdeskServerExtension server = NewsdeskServerExtension.serve();
 * }</pre>
 */
public final class NewsdeskServerExtension implements BeforeAllCallback, AfterAllCallback {

    private final String mainClass;
    private final List<String> extraArguments;
    private Path dataDir;
    private ServerProcess process;
    private ApiClient api;

    private NewsdeskServerExtension(String mainClass, List<String> extraArguments) {
        this.mainClass = mainClass;
        this.extraArguments = List.copyOf(extraArguments);
    }

    /**
     * {@code newsdesk --data TEMP serve --port 0 --allow-private-networks [options]}: the server
     * as its users run it, allowed to fetch feeds from the tests' loopback fixture server.
     */
    public static NewsdeskServerExtension serve(String... serveOptions) {
        List<String> arguments = new ArrayList<>(List.of("serve", "--port", "0", "--allow-private-networks"));
        arguments.addAll(List.of(serveOptions));
        return new NewsdeskServerExtension(Cli.MAIN_CLASS, arguments);
    }

    /**
     * A server started by another main class that takes {@code --data DIR} first and prints the
     * same "Newsdesk is running at …" line, for settings the command line does not offer.
     */
    public static NewsdeskServerExtension launchedBy(Class<?> mainClass) {
        return new NewsdeskServerExtension(mainClass.getName(), List.of());
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dataDir = Files.createTempDirectory("newsdesk-e2e-");
        List<String> arguments = new ArrayList<>(List.of("--data", dataDir.toString()));
        arguments.addAll(extraArguments);
        process = ServerProcess.start(context.getRequiredTestClass().getSimpleName(), mainClass, arguments);
        api = new ApiClient(process.baseUri());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            if (process != null) {
                int exitCode = process.stop();
                assertThat(ServerProcess.isCleanStop(exitCode))
                        .as("the server exits cleanly on SIGTERM (exit code %d; log %s)", exitCode, process.log())
                        .isTrue();
            }
        } finally {
            deleteRecursively(dataDir);
        }
    }

    /** The REST API of the running server. */
    public ApiClient api() {
        return api;
    }

    /** Where the server runs, e.g. {@code http://127.0.0.1:41234/}. */
    public URI baseUri() {
        return process.baseUri();
    }

    /** The server's data folder, for CLI commands that work next to it. */
    public Path dataDir() {
        return dataDir;
    }

    /** Runs a {@code newsdesk} command on the server's data folder in a second process. */
    public CliResult cli(String... args) {
        return Cli.run(dataDir, args);
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (root == null || !Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
