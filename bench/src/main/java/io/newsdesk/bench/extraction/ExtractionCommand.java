package io.newsdesk.bench.extraction;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.bench.ingest.MachineInfo;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code extraction}: article extraction on the article-extraction-benchmark corpus, Newsdesk against
 * Readability4J and boilerpipe (and jsoup's bare parse as the floor), in one run: quality by the
 * benchmark's metric, time per page, pages per second on 1 and 2 threads, allocation and heap.
 */
@Command(
        name = "extraction",
        mixinStandardHelpOptions = true,
        description = {
            "Measures article extraction on the 181 pages of the article-extraction benchmark: precision, recall "
                    + "and F1 by the benchmark's metric, time per page on one thread, pages/s on several threads, "
                    + "allocation per page and peak heap; for Newsdesk, Readability4J, boilerpipe and jsoup's parse "
                    + "plus text() alone, in the same run.",
            "Prints a Markdown report on standard output and progress on standard error."
        })
public final class ExtractionCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--warmup", defaultValue = "5", description = "warm-up rounds over the corpus (default: ${DEFAULT-VALUE})")
    private int warmups;

    @Option(names = "--rounds", defaultValue = "10", description = "measured latency rounds (default: ${DEFAULT-VALUE})")
    private int rounds;

    @Option(names = "--threads", split = ",", defaultValue = "1,2",
            description = "thread counts for throughput (default: ${DEFAULT-VALUE})")
    private List<Integer> threads;

    @Option(names = "--passes", defaultValue = "3",
            description = "throughput passes per extractor and thread count; 0 skips throughput (default: ${DEFAULT-VALUE})")
    private int passes;

    @Option(names = "--pass-seconds", defaultValue = "3", description = "length of a throughput pass (default: ${DEFAULT-VALUE})")
    private double passSeconds;

    @Option(names = "--only", split = ",", paramLabel = "NAME",
            description = "run only these extractors: newsdesk, readability4j, boilerpipe, jsoup (e.g. for a profile)")
    private List<String> only;

    @Option(names = "--shared", description = "the shared corpora folder (default: system property newsdesk.shared, "
            + "else ../shared)")
    private Path shared;

    @Option(names = "--boilerpipe-jars", description = "folder of boilerpipe's jars (default: target/peers/boilerpipe "
            + "beside the bench jar, where the build copies them)")
    private Path boilerpipeJars;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ExtractionSettings settings;
        try {
            settings = new ExtractionSettings(warmups, rounds, threads, passes, passSeconds);
        } catch (IllegalArgumentException e) {
            err.println("newsdesk-bench extraction: " + e.getMessage());
            return 2;
        }
        List<TextExtractor> extractors = new ArrayList<>();
        try {
            extractors.addAll(extractors(err));
            out.print(ExtractionReport.render(run(settings, extractors, err)));
            out.flush();
            return 0;
        } catch (BenchmarkException e) {
            err.println("newsdesk-bench extraction: " + e.getMessage());
            return 1;
        } finally {
            closeAll(extractors, err);
        }
    }

    private ExtractionResults run(ExtractionSettings settings, List<TextExtractor> extractors, PrintWriter err)
            throws BenchmarkException {
        List<CorpusPage> pages = CorpusPage.load(sharedFolder());
        List<Double> loads = new ArrayList<>();
        loads.add(MachineInfo.loadAverage());
        List<QualityResult> quality = new ArrayList<>();
        for (TextExtractor extractor : extractors) {
            err.println("quality: " + extractor.name());
            err.flush();
            quality.add(QualityResult.measure(extractor, pages));
        }
        List<LatencyResult> latency = LatencyRun.measure(extractors, pages, settings.warmups(), settings.rounds(), err);
        loads.add(MachineInfo.loadAverage());
        List<ThroughputResult> throughput = settings.passes() == 0 ? List.of()
                : ThroughputRun.measure(extractors, pages, settings.threadCounts(), settings.passes(),
                        settings.passSeconds(), err);
        loads.add(MachineInfo.loadAverage());
        err.println("peak heap");
        err.flush();
        Map<String, Long> peaks = PeakHeap.measure(extractors, pages);
        return new ExtractionResults(commandLine(), Instant.now(), MachineInfo.current(), loads, settings,
                pages.size(), pages.stream().mapToLong(page -> page.html().length()).sum(),
                extractors.stream().map(TextExtractor::name).toList(), quality, latency, throughput, peaks);
    }

    /** The extractors to run, Newsdesk first: all of them, or those named by {@code --only}. */
    private List<TextExtractor> extractors(PrintWriter err) throws BenchmarkException {
        List<String> names = only == null || only.isEmpty()
                ? List.of("newsdesk", "readability4j", "boilerpipe", "jsoup")
                : only.stream().map(name -> name.strip().toLowerCase(Locale.ROOT)).toList();
        List<TextExtractor> extractors = new ArrayList<>();
        try {
            for (String name : names) {
                extractors.add(switch (name) {
                    case "newsdesk" -> new NewsdeskExtractor();
                    case "readability4j" -> new Readability4JExtractor();
                    case "boilerpipe" -> BoilerpipeExtractor.load(
                            boilerpipeJars != null ? boilerpipeJars : BoilerpipeExtractor.defaultJarFolder());
                    case "jsoup" -> new JsoupPageText();
                    default -> throw new BenchmarkException("unknown extractor " + name
                            + " (known: newsdesk, readability4j, boilerpipe, jsoup)");
                });
            }
        } catch (BenchmarkException e) {
            closeAll(extractors, err);
            throw e;
        }
        return extractors;
    }

    private static void closeAll(List<TextExtractor> extractors, PrintWriter err) {
        for (TextExtractor extractor : extractors) {
            if (extractor instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    err.println("newsdesk-bench extraction: closing " + extractor.name() + ": " + e);
                }
            }
        }
    }

    private Path sharedFolder() {
        if (shared != null) {
            return shared;
        }
        String property = System.getProperty("newsdesk.shared");
        return Path.of(property != null && !property.isBlank() ? property : "../shared");
    }

    /** The command a reader types to repeat the run: the script, with the options given. */
    private String commandLine() {
        List<String> args = new ArrayList<>(spec.commandLine().getParseResult().originalArgs());
        if (!args.isEmpty() && args.getFirst().equals(spec.name())) {
            args.removeFirst();
        }
        args.addFirst("bench/run-extraction.sh");
        return String.join(" ", args);
    }
}
