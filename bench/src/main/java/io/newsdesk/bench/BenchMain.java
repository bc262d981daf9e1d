package io.newsdesk.bench;

import io.newsdesk.bench.conformance.ConformanceCommand;
import io.newsdesk.bench.extraction.ExtractionCommand;
import io.newsdesk.bench.parsing.ParsingCommand;
import io.newsdesk.bench.polling.PollingCommand;
import io.newsdesk.bench.signin.SignInCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/**
 * The benchmarks' command line: {@code java -jar bench/target/newsdesk-bench.jar ingest …}. Each
 * subcommand runs one benchmark and prints its outcome as Markdown for {@code BENCHMARKS.md} on
 * standard output, with progress on standard error.
 */
@Command(
        name = "newsdesk-bench",
        mixinStandardHelpOptions = true,
        description = "Runs Newsdesk's benchmarks; results go to BENCHMARKS.md.",
        subcommands = {IngestCommand.class, ConformanceCommand.class, PollingCommand.class, ParsingCommand.class,
                ExtractionCommand.class, SignInCommand.class})
public final class BenchMain {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code. */
    public static int run(String... args) {
        return new CommandLine(new BenchMain()).execute(args);
    }
}
