package io.newsdesk.bench;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The benchmarks' command line: {@code java -jar bench/target/newsdesk-bench.jar ingest …}. Each
 * subcommand runs one benchmark and prints its outcome as Markdown for {@code BENCHMARKS.md} on
 * standard output, with progress on standard error.
 */
@Command(
        name = "newsdesk-bench",
        mixinStandardHelpOptions = true,
        description = "Runs Newsdesk's benchmarks; results go to BENCHMARKS.md.",
        subcommands = {IngestCommand.class})
public final class BenchMain {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code. */
    public static int run(String... args) {
        return new CommandLine(new BenchMain()).execute(args);
    }
}
