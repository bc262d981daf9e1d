package io.newsdesk.cli;

import static io.newsdesk.cli.ImportCommandTest.lines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {

    @TempDir
    Path data;

    @Test
    void loadsTheBundledCorpusOnceAndMakesItSearchable() {
        Cli.Result first = Cli.on(data, "demo").succeeded();
        Cli.Result second = Cli.on(data, "demo").succeeded();

        assertThat(first.out()).matches("Loaded the demo corpus: 6 feeds, (\\d+) entries \\(\\1 new\\)\\.\\R");
        assertThat(second.out()).matches("Loaded the demo corpus: 6 feeds, \\d+ entries \\(0 new\\)\\.\\R");
        assertThat(Cli.on(data, "feed", "list", "--json").json().get("total").asInt()).isEqualTo(6);
        assertThat(Cli.on(data, "search", "Port Carrow", "--json").json().get("total").asInt()).isPositive();
    }
}
