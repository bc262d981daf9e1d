package io.newsdesk.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class IngestCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path work;

    @Test
    void printsAMarkdownReportOfASmallRun() {
        int exit = run("ingest", "--feeds", "3", "--entries", "2", "--runs", "1", "--warmup", "0",
                "--hosts", "1", "--work-dir", work.toString());

        assertThat(exit).as(err.toString()).isZero();
        assertThat(out.toString())
                .startsWith("- Command: `bench/run-ingest.sh --feeds 3 --entries 2 --runs 1 --warmup 0 --hosts 1 --work-dir ")
                .contains("| | Newsdesk | naive peer | Newsdesk ÷ naive peer |")
                .contains("| entries stored | 6 | 6 | |");
        assertThat(err.toString()).contains("run 1/1");
    }

    @Test
    void badSettingsAreExplainedNotThrown() {
        assertThat(run("ingest", "--feeds", "0")).isEqualTo(2);
        assertThat(err.toString()).contains("feeds must be at least 1, not 0");
    }

    @Test
    void anUnknownDatabaseIsExplained() {
        assertThat(run("ingest", "--db", "mysql://localhost/x", "--work-dir", work.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("unknown database 'mysql://localhost/x'");
    }

    @Test
    void missingFixturesAreExplained() {
        int exit = run("ingest", "--fixtures", "--shared", work.resolve("nowhere").toString(),
                "--work-dir", work.toString());

        assertThat(exit).isEqualTo(1);
        assertThat(err.toString()).contains("cannot read the fixtures folder").contains("--shared");
    }

    @Test
    void theReportedCommandMasksDatabasePasswords() {
        assertThat(IngestCommand.shownCommand("ingest", List.of("ingest", "--db", "postgresql://bench:s3cret@db/news",
                "--runs", "3")))
                .isEqualTo("bench/run-ingest.sh --db postgresql://bench:***@db/news --runs 3");
        assertThat(IngestCommand.shownCommand("ingest", List.of("--db", "jdbc:postgresql://db/news?user=u&password=pw")))
                .isEqualTo("bench/run-ingest.sh --db jdbc:postgresql://db/news?user=u&password=***");
    }

    private int run(String... args) {
        CommandLine command = new CommandLine(new BenchMain());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
