package io.newsdesk.bench.conformance;

import java.util.Map;

/**
 * How one parser did on one test.
 *
 * @param testCase the test
 * @param verdict pass, fail, or not evaluable
 * @param detail why it failed or could not be evaluated; {@code ""} for a pass
 * @param values for a failure, the values the expression read, as written in it, with their
 *     {@code repr}; empty otherwise
 */
record Outcome(ConformanceCase testCase, Verdict verdict, String detail, Map<String, String> values) {

    /** The three ways a test can end. */
    enum Verdict {
        PASS,
        FAIL,
        /** The expression uses Python the evaluator does not implement: neither a pass nor a failure. */
        NOT_EVALUABLE
    }
}
