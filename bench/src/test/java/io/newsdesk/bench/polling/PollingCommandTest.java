package io.newsdesk.bench.polling;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.bench.BenchMain;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The whole benchmark on a few feeds: Newsdesk's real poller, SQLite, the feed server in its own JVM. */
class PollingCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path work;

    @Test
    void pollsEveryFeedOncePerCycleAndReportsIt() {
        int exit = run("polling", "--feeds", "60", "--hosts", "3", "--mix", "slow=10,not-found=5,server-error=5,gone=5",
                "--slow-ms", "10-50", "--changed", "50", "--runs", "1", "--warmup", "0", "--work-dir", work.toString());

        assertThat(exit).as(err.toString()).isZero();
        String report = out.toString();
        assertThat(report)
                .startsWith("- Command: `bench/run-polling.sh --feeds 60 --hosts 3 ")
                .contains("- Feeds: 60 small RSS feeds")
                .contains("mix fresh=75,slow=10,not-found=5,server-error=5,gone=5")
                .contains("the feed server runs in a JVM of its own")
                .contains("| | first cycle (every feed new) | next cycle (conditional requests) |")
                .contains("| feeds checked | 60 | 57 |")
                .contains("| requests | 60 | 57 |")
                .contains("| answered 410 | 3 | 0 |")
                .contains("| conditional requests | 0 | 51 |")
                .contains("| feeds disabled afterwards | 3 | 3 |");
        assertThat(report).containsPattern("\\| answered 304 \\| 0 \\| [1-9]\\d* \\|");
        assertThat(report).containsPattern("\\| most requests at once on one host \\| [12] \\| [12] \\|");
        assertThat(err.toString()).containsPattern("run 1 +cycle 1: +60 feeds").containsPattern("run 1 +cycle 2: +57 feeds");
    }

    @Test
    void badSettingsAreExplainedNotThrown() {
        assertThat(run("polling", "--mix", "slow=200")).isEqualTo(2);
        assertThat(err.toString()).contains("newsdesk-bench polling: the share of slow must be a percentage, not '200'");
        assertThat(run("polling", "--slow-ms", "soon")).isEqualTo(2);
        assertThat(err.toString()).contains("--slow-ms must be milliseconds or a range such as 200-2000, not 'soon'");
    }

    private int run(String... args) {
        CommandLine command = new CommandLine(new BenchMain());
        command.setOut(new PrintWriter(out, true));
        command.setErr(new PrintWriter(err, true));
        return command.execute(args);
    }
}
