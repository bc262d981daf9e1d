package io.newsdesk.bench.conformance.expr;

/**
 * An expression uses Python the evaluator does not implement: counted apart, never as a pass or
 * a failure of the parser under test.
 */
public final class NotEvaluableException extends Exception {

    public NotEvaluableException(String message) {
        super(message);
    }
}
