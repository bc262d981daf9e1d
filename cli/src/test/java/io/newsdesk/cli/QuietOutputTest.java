package io.newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command in a JVM of its own prints its result and nothing else: no warnings from the libraries
 * underneath (Lucene's advice about the Vector API, sqlite-jdbc's native access, Jetty's start-up).
 */
class QuietOutputTest {

    @TempDir
    Path temp;

    @Test
    void importingAndSearchingPrintNoLibraryNoise() throws InterruptedException {
        Map<String, String> environment = Map.of("NEWSDESK_DATA", temp.resolve("data").toString());

        Cli.Result imported = JavaProcess.run(temp, environment, "import", Fixtures.teaser().toString());
        Cli.Result searched = JavaProcess.run(temp, environment, "search", "Shoigu");

        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        assertThat(imported.err()).isEmpty();
        assertThat(searched.exitCode()).as(searched.toString()).isZero();
        assertThat(searched.out()).as("the data folder came from NEWSDESK_DATA")
                .startsWith("1. Russian and North Korean defense chiefs hold historic talks");
        assertThat(searched.err()).isEmpty();
        assertThat(temp.resolve("data/newsdesk.db")).exists();
    }
}
