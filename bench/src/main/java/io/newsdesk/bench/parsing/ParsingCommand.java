package io.newsdesk.bench.parsing;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.bench.ingest.MachineInfo;
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

    @Option(names = "--warmup", defaultValue = "3", description = "warm-up passes per parser and corpus (default: ${DEFAULT-VALUE})")
    private int warmups;

    @Option(names = "--pass-seconds", defaultValue = "3",
            description = "each pass goes round the corpus until it has lasted this long (default: ${DEFAULT-VALUE})")
    private double passSeconds;

    @Option(names = "--large-feed-mb", defaultValue = "100",
            description = "size of the generated feed, MB; 0 skips that part (default: ${DEFAULT-VALUE})")
    private int largeFeedMegabytes;

    @Option(names = "--small-heap", defaultValue = "64m",
            description = "the -Xmx the large feed is parsed under (default: ${DEFAULT-VALUE})")
    private String smallHeap;

    @Option(names = "--large-heap", defaultValue = "2g",
            description = "a second -Xmx for the parsers that fail under the small one, to show what they need "
                    + "(default: ${DEFAULT-VALUE})")
    private String largeHeap;

    @Option(names = "--shared", description = "the shared corpora folder (default: system property newsdesk.shared, "
            + "else ../shared)")
    private Path shared;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (runs < 1 || warmups < 0 || passSeconds < 0 || largeFeedMegabytes < 0) {
            err.println("newsdesk-bench parsing: --runs must be positive, --warmup, --pass-seconds and "
                    + "--large-feed-mb not negative");
            return 2;
        }
        ThroughputBenchmark.Settings settings = new ThroughputBenchmark.Settings(warmups, runs, passSeconds);
        try {
            List<FeedDocumentParser> parsers = List.of(new NewsdeskFeedParser(), new RomeFeedParser());
            List<ParsingCorpus> corpora = List.of(ParsingCorpus.largeFixtures(sharedFolder()),
                    ParsingCorpus.feedparser(sharedFolder()));
            double loadBefore = MachineInfo.loadAverage();
            List<ParsingReport.CorpusResult> results = new ArrayList<>();
            for (ParsingCorpus corpus : corpora) {
                err.println("parsing " + corpus.name() + " …");
                results.add(new ParsingReport.CorpusResult(corpus,
                        ThroughputBenchmark.run(corpus, parsers, settings, err)));
            }
            double loadAfter = MachineInfo.loadAverage();
            List<LargeFeedRun> large = largeFeedMegabytes == 0 ? List.of() : largeFeed(err);
            out.print(ParsingReport.render(commandLine(), new double[] {loadBefore, loadAfter}, settings,
                    results, large, largeFeedMegabytes));
            out.flush();
            return 0;
        } catch (BenchmarkException e) {
            err.println("newsdesk-bench parsing: " + e.getMessage());
            return 1;
        }
    }

    /** Each parser under the small heap; those that fail there again under the large one. */
    private List<LargeFeedRun> largeFeed(PrintWriter err) throws BenchmarkException {
        List<LargeFeedRun> runs = new ArrayList<>();
        for (LargeFeedProbe.Mode mode : LargeFeedProbe.Mode.values()) {
            err.println("large feed: " + mode + " under -Xmx" + smallHeap + " …");
            LargeFeedRun run = LargeFeedRun.run(mode, largeFeedMegabytes, smallHeap);
            runs.add(run);
            if (!run.outcome().equals("ok")) {
                err.println("large feed: " + mode + " under -Xmx" + largeHeap + " …");
                runs.add(LargeFeedRun.run(mode, largeFeedMegabytes, largeHeap));
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
                + " --pass-seconds " + passSeconds + " --large-feed-mb " + largeFeedMegabytes + " --small-heap " + smallHeap + " --large-heap " + largeHeap;
    }
}
