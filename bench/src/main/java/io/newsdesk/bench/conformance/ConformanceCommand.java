package io.newsdesk.bench.conformance;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code conformance}: feedparser's test suite against Newsdesk's parser and Rome's, with the
 * pass rate per category and folder as Markdown.
 */
@Command(
        name = "conformance",
        mixinStandardHelpOptions = true,
        description = {
            "Runs feedparser's tests (corpora/feedparser/tests in the shared folder) against Newsdesk's parser and "
                    + "Rome 2.1.0: each document is parsed, mapped to feedparser's result shape and its Expect: "
                    + "expression evaluated. Sanitize tests are also checked for safe rendering.",
            "Prints a Markdown report on standard output."
        })
public final class ConformanceCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--shared", description = "the shared corpora folder (default: system property newsdesk.shared, "
            + "else ../shared)")
    private Path shared;

    @Option(names = "--failures", arity = "0..1", fallbackValue = "Newsdesk",
            description = "also list the failing tests of a parser (Newsdesk, Rome or all; default Newsdesk) with "
                    + "the expression and the values it read")
    private String failures;

    @Option(names = "--no-rome", description = "run Newsdesk's parser only")
    private boolean noRome;

    @Override
    public Integer call() throws IOException {
        Path tests = testsFolder(shared);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(tests)) {
            err.println("feedparser's tests are not at " + tests + "; pass --shared with the shared corpora folder");
            return 2;
        }
        List<ConformanceCase> cases = CaseFiles.under(tests);
        List<ParserUnderTest> parsers = noRome ? List.of(new NewsdeskParser()) : List.of(new NewsdeskParser(), new RomeParser());
        ConformanceResults results = new ConformanceRunner(parsers).run(cases);
        out.print(ConformanceReport.markdown(results, failures));
        out.flush();
        return 0;
    }

    /** feedparser's tests folder in the shared corpora. */
    public static Path testsFolder(Path shared) {
        Path root = shared;
        if (root == null) {
            String configured = System.getProperty("newsdesk.shared");
            root = Path.of(configured != null && !configured.isBlank() ? configured : "../shared");
        }
        return root.resolve("corpora/feedparser/tests");
    }
}
