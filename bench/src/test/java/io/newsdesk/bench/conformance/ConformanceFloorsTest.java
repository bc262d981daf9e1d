package io.newsdesk.bench.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * feedparser's whole test suite through the conformance runner, with today's pass rates as
 * floors: a change that makes Newsdesk's parser read fewer of them fails the build. Rome runs too,
 * so that its adapter keeps working; its figures are reported, not asserted.
 */
class ConformanceFloorsTest {

    private static ConformanceResults results;

    @BeforeAll
    static void runTheCorpus() throws Exception {
        String configured = System.getProperty("newsdesk.shared");
        Path shared = Path.of(configured != null && !configured.isBlank() ? configured : "../../shared");
        List<ConformanceCase> cases = CaseFiles.under(ConformanceCommand.testsFolder(shared));
        results = new ConformanceRunner(List.of(new NewsdeskParser(), new RomeParser())).run(cases);
    }

    private static double passRate(String parser, Predicate<ConformanceCase> selects) {
        ParserRun run = results.runs().stream().filter(r -> r.parser().equals(parser)).findFirst().orElseThrow();
        List<Outcome> selected = run.outcomes().stream().filter(o -> selects.test(o.testCase())).toList();
        assertThat(selected).as("tests selected").isNotEmpty();
        return (double) selected.stream().filter(o -> o.verdict() == Outcome.Verdict.PASS).count() / selected.size();
    }

    private static Predicate<ConformanceCase> category(String name) {
        return testCase -> testCase.category().equals(name);
    }

    @Test
    void theWholeCorpusIsRead() {
        assertThat(results.runs()).extracting(ParserRun::parser).containsExactly("Newsdesk", "Rome");
        assertThat(results.runs().get(0).outcomes()).hasSizeGreaterThan(2100);
        assertThat(results.runs().get(0).outcomes()).noneMatch(o -> o.verdict() == Outcome.Verdict.NOT_EVALUABLE);
    }

    @Test
    void newsdeskStaysAtOrAboveItsFloors() {
        assertThat(passRate("Newsdesk", category("wellformed"))).as("987 of 1004").isGreaterThanOrEqualTo(0.983);
        assertThat(passRate("Newsdesk", category("illformed"))).isEqualTo(1.0);
        assertThat(passRate("Newsdesk", category("encoding"))).as("81 of 82").isGreaterThanOrEqualTo(0.987);
        assertThat(passRate("Newsdesk", category("entities"))).as("254 of 256").isGreaterThanOrEqualTo(0.992);
        assertThat(passRate("Newsdesk", category("json"))).isEqualTo(1.0);
        assertThat(passRate("Newsdesk", category("wellformed/sanitize"))).as("exact matches, 402 of 745")
                .isGreaterThanOrEqualTo(0.539);
    }

    @Test
    void everySanitizeTestRendersSafely() {
        assertThat(results.sanitizeCases()).isGreaterThan(700);
        assertThat(results.unsafe()).isEmpty();
    }

    @Test
    void newsdeskReadsMoreOfTheSuiteThanRome() {
        assertThat(passRate("Newsdesk", testCase -> true)).isGreaterThan(passRate("Rome", testCase -> true));
    }
}
