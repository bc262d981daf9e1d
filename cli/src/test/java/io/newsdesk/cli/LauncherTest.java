package io.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./newsdesk} launcher, run by bash on a copy of it in a made-up checkout, with fake
 * JDKs (a {@code release} file and a {@code bin/java} that records how it was called) and a fake
 * Maven: Java discovery, rebuilds and argument passing are checked without building anything.
 */
class LauncherTest {

    private static final Path LAUNCHER = Path.of("").toAbsolutePath().resolveSibling("newsdesk");
    /** What the launcher calls besides java and mvn: found in the system, put on a PATH of their own. */
    private static final List<String> TOOLS =
            List.of("dirname", "readlink", "sed", "find", "mkdir", "touch", "mv", "cat", "flock", "sleep");

    @TempDir
    Path temp;

    private Path root;
    private Path tools;
    private Path jdks;
    private Path jar;
    private Path stamp;
    private Path source;

    @BeforeEach
    void checkout() throws IOException {
        root = Files.createDirectories(temp.resolve("checkout"));
        Files.copy(LAUNCHER, root.resolve("newsdesk"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Files.createDirectories(root.resolve("cli/src/main/java"));
        Files.writeString(root.resolve("cli/pom.xml"), "<project/>");
        source = Files.writeString(root.resolve("cli/src/main/java/Main.java"), "class Main {}");
        jar = root.resolve("cli/target/newsdesk.jar");
        stamp = root.resolve("cli/target/.newsdesk-built");
        tools = Files.createDirectories(temp.resolve("tools"));
        for (String tool : TOOLS) {
            // A wrapper, not a link: the temporary folder is cleaned up without following links out of it.
            writeExecutable(tools.resolve(tool), "#!/bin/sh\nexec " + systemTool(tool) + " \"$@\"\n");
        }
        jdks = Files.createDirectories(temp.resolve("jdks"));
    }

    private static Path systemTool(String name) {
        for (String dir : List.of("/usr/bin", "/bin", "/usr/sbin", "/sbin")) {
            Path tool = Path.of(dir, name);
            if (Files.isExecutable(tool)) {
                return tool;
            }
        }
        throw new IllegalStateException("the launcher test needs " + name + " on this machine");
    }

    /** A JDK of the given version: its release file, and a java that logs its arguments and exits with 3. */
    private Path jdk(String name, String version) {
        Path home = temp.resolve("jdks").resolve(name);
        writeExecutable(home.resolve("bin/java"), """
                #!/bin/sh
                printf '%%s\\n' "$0" "$@" > "%s"
                exit 3
                """.formatted(temp.resolve("java-called.txt")));
        write(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        return home;
    }

    /** A Maven that records its arguments and "builds" the jar (or fails, or takes its time). */
    private Path maven(String behaviour) {
        Path bin = temp.resolve("maven/bin");
        writeExecutable(bin.resolve("mvn"), """
                #!/bin/sh
                echo "$@" >> "%s"
                %s
                mkdir -p "%s"
                echo built > "%s"
                """.formatted(temp.resolve("mvn-called.txt"), behaviour, jar.getParent(), jar));
        return bin;
    }

    /** The state after a build an hour ago, of sources that are older still. */
    private void built() {
        write(jar, "a jar");
        try (Stream<Path> files = Files.walk(root)) {
            files.forEach(file -> age(file, Duration.ofHours(2)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(stamp, "");
        age(stamp, Duration.ofHours(1));
    }

    private record Run(int exitCode, String out, String err) {}

    private Run launch(Map<String, String> environment, String... args) {
        Process process = start(environment, args);
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError("the launcher did not finish");
            }
            return new Run(process.exitValue(),
                    new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                    new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private Process start(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>(List.of("/bin/bash", root.resolve("newsdesk").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(temp.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", tools.toString());
        builder.environment().put("HOME", temp.toString());
        builder.environment().put("NEWSDESK_JDK_DIRS", jdks.toString());
        builder.environment().putAll(environment);
        try {
            return builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> javaCall() {
        try {
            return Files.readAllLines(temp.resolve("java-called.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> mavenCalls() {
        Path log = temp.resolve("mvn-called.txt");
        try {
            return Files.exists(log) ? Files.readAllLines(log) : List.of();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void withoutAnyJavaItSaysWhatToInstallInOneLine() {
        Run run = launch(Map.of("JAVA_HOME", ""), "serve");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("newsdesk: needs Java 21 or newer: install a JDK 21+").hasLineCount(1);
    }

    @Test
    void anOlderJavaIsNamedInTheMessage() {
        Path old = jdk("jdk-17", "17.0.15");

        Run run = launch(Map.of("JAVA_HOME", old.toString()), "serve");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo("newsdesk: needs Java 21 or newer (found only Java 17 at " + old
                + "/bin/java): install a JDK 21+ (e.g. 'apt install openjdk-21-jdk' or Temurin) or set JAVA_HOME to one\n");
    }

    @Test
    void runsTheJarWithTheNewestInstalledJdkPassingArgumentsAndExitCode() {
        built();
        Path old = jdk("jdk-17", "17.0.15");
        jdk("jdk-21", "21.0.4");
        Path newest = jdk("temurin-25", "25.0.3");

        Run run = launch(Map.of("JAVA_HOME", old.toString()), "search", "two words", "--json", "it's \"quoted\"");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
        assertThat(run.err()).isEmpty();
        assertThat(javaCall()).containsExactly(newest.resolve("bin/java").toString(),
                "-jar", jar.toString(), "search", "two words", "--json", "it's \"quoted\"");
        assertThat(mavenCalls()).as("up to date: no build").isEmpty();
    }

    @Test
    void printsTheJavaItWouldUseWithoutBuildingOrRunning() {
        jdk("jdk-17", "17.0.15");
        Path newest = jdk("temurin-25", "25.0.3");

        Run run = launch(Map.of("NEWSDESK_PRINT_JAVA", "true"), "serve");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).isEqualTo(newest.resolve("bin/java") + "\n");
        assertThat(jar).doesNotExist();
    }

    @Test
    void aJavaHomeOf21OrNewerIsPreferredToInstalledOnes() {
        built();
        Path chosen = jdk("jdk-21", "21.0.4");
        jdk("temurin-25", "25.0.3");

        launch(Map.of("JAVA_HOME", chosen.toString()), "feed", "list");

        assertThat(javaCall().getFirst()).isEqualTo(chosen.resolve("bin/java").toString());
    }

    @Test
    void javaOnThePathIsUsedWhenNoJavaHomeIsSet() {
        built();
        Path onPath = jdk("jdk-22", "22");

        launch(Map.of("PATH", tools + ":" + onPath.resolve("bin")), "demo");

        assertThat(javaCall().getFirst()).isEqualTo(onPath.resolve("bin/java").toString());
    }

    @Test
    void aMissingBuildWithoutMavenIsOneLine() {
        jdk("jdk-21", "21.0.4");

        Run run = launch(Map.of());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).isEqualTo(
                "newsdesk: needs Apache Maven 3.8 or newer to build: install it (e.g. 'apt install maven')\n");
    }

    @Test
    void buildsOnFirstUseAndAgainOnlyWhenSourcesChange() {
        jdk("jdk-21", "21.0.4");
        Map<String, String> environment = Map.of("PATH", tools + ":" + maven(""));

        Run first = launch(environment, "feed", "list");
        Run second = launch(environment, "feed", "list");
        age(stamp, Duration.ofHours(1));
        age(source, Duration.ofMinutes(1));
        Run afterEdit = launch(environment, "feed", "list");

        assertThat(first.err()).isEqualTo("Building Newsdesk (first run, or the sources changed)...\n");
        assertThat(second.err()).isEmpty();
        assertThat(afterEdit.err()).startsWith("Building Newsdesk");
        assertThat(mavenCalls()).hasSize(2).allSatisfy(call -> assertThat(call)
                .contains("-f " + root.resolve("pom.xml")).contains("-pl cli -am").endsWith("package"));
        assertThat(List.of(first.exitCode(), second.exitCode(), afterEdit.exitCode())).containsOnly(3);
    }

    @Test
    void aFailedBuildShowsMavensOutputAndStops() {
        jdk("jdk-21", "21.0.4");

        Run run = launch(Map.of("PATH", tools + ":" + maven("echo 'COMPILATION ERROR: Main.java'; exit 1")));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("COMPILATION ERROR: Main.java")
                .endsWith("newsdesk: the build failed (log above, also in " + jar.getParent()
                        + "/.newsdesk-build.log)\n");
        assertThat(temp.resolve("java-called.txt")).doesNotExist();
    }

    @Test
    void commandsStartedTogetherBuildOnce() throws InterruptedException {
        jdk("jdk-21", "21.0.4");
        Map<String, String> environment = Map.of("PATH", tools + ":" + maven("sleep 1"));

        Process one = start(environment, "feed", "list");
        Process two = start(environment, "feed", "list");

        assertThat(one.waitFor(60, TimeUnit.SECONDS) && two.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(List.of(one.exitValue(), two.exitValue())).containsOnly(3);
        assertThat(mavenCalls()).hasSize(1);
    }

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeExecutable(Path file, String content) {
        write(file, content);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void age(Path file, Duration age) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now().minus(age)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
