package io.newsdesk.bench.parsing;

import io.newsdesk.bench.BenchmarkException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code parsing}: feed parsing throughput of Newsdesk's {@code FeedParser} against ROME 2.1.0 on
 * the large fixtures and on the whole feedparser test suite, and the memory each needs for a
 * generated feed of 100 MB under a small heap.
 */
@Command(
        name = "parsing",
        mixinStandardHelpOptions = true,
        description = {
            "Measures feed parsing throughput, Newsdesk against ROME 2.1.0, from bytes in memory, on the large "
                    + "fixtures and the whole feedparser corpus; then parses a generated large feed in JVMs with a "
                    + "small heap.",
            "Prints a Markdown report on standard output and progress on standard error."
        })
public final class ParsingCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--runs", defaultValue = "5", description = "measured passes per parser and corpus (default: ${DEFAULT-VALUE})")
    private int runs;

    @Option(names = "--warmup", defaultValue = "3",
            description = "warm-up rounds (one pass per parser) per corpus, at least (default: ${DEFAULT-VALUE})")
    private int warmups;

    @Option(names = "--max-warmup", defaultValue = "10",
            description = "warm-up rounds at most: more than --warmup run while the JIT compiler is busy, as it is "
                    + "long on a loaded machine (default: ${DEFAULT-VALUE})")
    private int maxWarmups;

    @Option(names = "--pass-seconds", defaultValue = "3",
            description = "each pass goes round the corpus until it has lasted this long (default: ${DEFAULT-VALUE})")
    private double passSeconds;

    @Option(names = "--large-feed-mb", defaultValue = "100",
            description = "size of the generated feed, MB; 0 skips that part (default: ${DEFAULT-VALUE})")
    private int largeFeedMegabytes;

    @Option(names = "--small-heap", defaultValue = "64m",
            description = "the -Xmx the large feed is parsed under (default: ${DEFAULT-VALUE})")
    private String smallHeap;

    @Option(names = "--larger-heaps", split = ",", defaultValue = "128m,256m,512m,1g,2g",
            description = "the heaps tried in turn, until it completes, for a parser that fails under the small one: "
                    + "what it needs (default: ${DEFAULT-VALUE})")
    private List<String> largerHeaps;

    @Option(names = "--shared", description = "the shared corpora folder (default: system property newsdesk.shared, "
            + "else ../shared)")
    private Path shared;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1 || warmups < 0 || maxWarmups < warmups || passSeconds < 0 || largeFeedMegabytes < 0) {
            err.println("newsdesk-bench parsing: --runs must be positive, --warmup, --pass-seconds and "
                    + "--large-feed-mb not negative, and --max-warmup at least --warmup");
            return 2;
        }
        ThroughputBenchmark.Settings settings = new ThroughputBenchmark.Settings(warmups, maxWarmups, runs, passSeconds);
        try {
            List<FeedDocumentParser> parsers = List.of(new NewsdeskFeedParser(), new RomeFeedParser());
            List<ParsingCorpus> corpora = List.of(ParsingCorpus.largeFixtures(sharedFolder()),
                    ParsingCorpus.feedparser(sharedFolder()));
            List<ParsingReport.CorpusResult> results = new ArrayList<>();
            for (ParsingCorpus corpus : corpora) {
                err.println("parsing " + corpus.name() + " …");
                results.add(new ParsingReport.CorpusResult(corpus, ThroughputBenchmark.run(corpus, parsers, settings, err)));
            }
            List<LargeFeedRun> large = largeFeedMegabytes == 0 ? List.of() : largeFeed(err);
            ParsingReport.Conditions conditions =
                    new ParsingReport.Conditions(commandLine(), settings, largeFeedMegabytes, smallHeap);
            out.print(ParsingReport.render(conditions, results, large));
            out.flush();
            return 0;
        } catch (BenchmarkException e) {
            err.println("newsdesk-bench parsing: " + e.getMessage());
            return 1;
        }
    }

    /** Each parser under the small heap; one that fails there again under the larger heaps in turn, until it completes. */
    private List<LargeFeedRun> largeFeed(PrintWriter err) throws BenchmarkException {
        List<LargeFeedRun> runs = new ArrayList<>();
        for (LargeFeedProbe.Mode mode : LargeFeedProbe.Mode.values()) {
            List<String> heaps = new ArrayList<>(List.of(smallHeap));
            heaps.addAll(largerHeaps);
            for (String heap : heaps) {
                err.println("large feed: " + mode + " under -Xmx" + heap + " …");
                err.flush();
                LargeFeedRun run = LargeFeedRun.run(mode, largeFeedMegabytes, heap);
                runs.add(run);
                if (run.succeeded()) {
                    break;
                }
            }
        }
        return runs;
    }

    private Path sharedFolder() {
        if (shared != null) {
            return shared;
        }
        String property = System.getProperty("newsdesk.shared");
        return Path.of(property != null && !property.isBlank() ? property : "../shared");
    }

    private String commandLine() {
        return "java -jar bench/target/newsdesk-bench.jar parsing --runs " + runs + " --warmup " + warmups
                + " --max-warmup " + maxWarmups + " --pass-seconds " + passSeconds + " --large-feed-mb " + largeFeedMegabytes + " --small-heap "
                + smallHeap + " --larger-heaps " + String.join(",", largerHeaps);
    }
}
