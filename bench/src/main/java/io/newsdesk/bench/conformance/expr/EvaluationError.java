package io.newsdesk.bench.conformance.expr;

/**
 * Evaluating an expression raised what Python would raise (a missing key, an index out of range,
 * an attribute that is not there): the expectation fails, as it would in feedparser's own runner.
 */
public final class EvaluationError extends Exception {

    /**
     * @param pythonType the Python exception it stands for ({@code KeyError}, {@code IndexError}, …)
     * @param detail what was missing
     */
    public EvaluationError(String pythonType, String detail) {
        super(pythonType + ": " + detail);
    }
}
