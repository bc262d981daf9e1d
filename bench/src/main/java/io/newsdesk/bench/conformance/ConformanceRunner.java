package io.newsdesk.bench.conformance;

import io.newsdesk.bench.conformance.expr.EvaluationError;
import io.newsdesk.bench.conformance.expr.Expression;
import io.newsdesk.bench.conformance.expr.NotEvaluableException;
import io.newsdesk.parse.FeedParseException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs feedparser's tests against parsers: each document is parsed as served, mapped to
 * feedparser's result shape, and its {@code Expect:} expression evaluated on that. The sanitize
 * tests are also checked for safety of what Newsdesk's reader would render.
 */
final class ConformanceRunner {

    private final List<ParserUnderTest> parsers;

    ConformanceRunner(List<ParserUnderTest> parsers) {
        this.parsers = List.copyOf(parsers);
    }

    /** Runs every parser over the cases, then the safety check. */
    ConformanceResults run(List<ConformanceCase> cases) {
        List<ParserRun> runs = new ArrayList<>();
        for (ParserUnderTest parser : parsers) {
            long start = System.nanoTime();
            List<Outcome> outcomes = new ArrayList<>(cases.size());
            for (ConformanceCase testCase : cases) {
                outcomes.add(score(parser, testCase));
            }
            runs.add(new ParserRun(parser.name(), outcomes, Duration.ofNanos(System.nanoTime() - start)));
        }
        Map<String, List<String>> unsafe = new LinkedHashMap<>();
        int sanitizeCases = 0;
        for (ConformanceCase testCase : cases) {
            if (testCase.category().equals("wellformed/sanitize")) {
                sanitizeCases++;
                List<String> violations = safety(testCase);
                if (!violations.isEmpty()) {
                    unsafe.put(testCase.path(), violations);
                }
            }
        }
        return new ConformanceResults(runs, unsafe, sanitizeCases);
    }

    /** One parser on one test. */
    static Outcome score(ParserUnderTest parser, ConformanceCase testCase) {
        Expression expression;
        try {
            expression = Expression.compile(testCase.expect());
        } catch (NotEvaluableException e) {
            return new Outcome(testCase, Outcome.Verdict.NOT_EVALUABLE, e.getMessage(), Map.of());
        }
        FeedParserDict result = parser.parse(testCase, ServedDocument.of(testCase));
        try {
            if (expression.test(result, FeedparserTypes.MODULE)) {
                return new Outcome(testCase, Outcome.Verdict.PASS, "", Map.of());
            }
            return new Outcome(testCase, Outcome.Verdict.FAIL, "false", expression.explain(result, FeedparserTypes.MODULE));
        } catch (EvaluationError e) {
            return new Outcome(testCase, Outcome.Verdict.FAIL, e.getMessage(), expression.explain(result, FeedparserTypes.MODULE));
        } catch (NotEvaluableException e) {
            return new Outcome(testCase, Outcome.Verdict.NOT_EVALUABLE, e.getMessage(), Map.of());
        }
    }

    private static List<String> safety(ConformanceCase testCase) {
        try {
            return SafetyCheck.violations(NewsdeskParser.parseDetailed(testCase, ServedDocument.of(testCase)));
        } catch (FeedParseException refused) {
            // Nothing is rendered from a document that is refused.
            return List.of();
        }
    }
}
