package io.newsdesk.bench.conformance.expr;

import java.util.Map;

/**
 * A compiled Python expression from a test's {@code Expect:} line.
 *
 * <p>Supported: {@code and}, {@code or}, {@code not}; {@code ==}, {@code !=}, {@code <},
 * {@code >}, {@code <=}, {@code >=}, {@code in}, {@code not in}, {@code is}, {@code is not}, chained
 * as in Python; {@code +}, {@code -}, {@code *}, {@code /}; subscripts and attributes; string
 * literals with every escape and prefix but bytes, numbers, {@code True}/{@code False}/{@code None},
 * tuples, lists and dicts; {@code len}, {@code ord}, {@code isinstance}, {@code locals},
 * {@code datetime.timedelta}, mapping methods {@code get}, {@code has_key}, {@code keys},
 * {@code values}. Anything else is {@linkplain NotEvaluableException not evaluable}.
 */
public final class Expression {

    private final String source;
    private final Expr tree;

    private Expression(String source, Expr tree) {
        this.source = source;
        this.tree = tree;
    }

    /**
     * Compiles an expression.
     *
     * @throws NotEvaluableException when it uses Python beyond the supported subset
     */
    public static Expression compile(String source) throws NotEvaluableException {
        return new Expression(source, ExprParser.parse(source));
    }

    /**
     * Evaluates the expression.
     *
     * @param locals the names it reads
     * @param feedparserTypes the classes the {@code feedparser} module offers, by name
     * @return the value, in {@link PyValues}' representation
     * @throws EvaluationError when Python would raise
     * @throws NotEvaluableException when evaluation meets an unsupported construct
     */
    public Object evaluate(PyMapping locals, Map<String, PyType> feedparserTypes)
            throws EvaluationError, NotEvaluableException {
        return new Evaluator(locals, feedparserTypes).evaluate(tree);
    }

    /** Evaluates the expression for its truth value. */
    public boolean test(PyMapping locals, Map<String, PyType> feedparserTypes)
            throws EvaluationError, NotEvaluableException {
        return PyValues.truthy(evaluate(locals, feedparserTypes));
    }

    /**
     * The values the expression reads (names, subscripts, attributes, calls, as written), each with
     * its value's {@code repr} or the error it raises: what a report of a failure shows.
     */
    public Map<String, String> explain(PyMapping locals, Map<String, PyType> feedparserTypes) {
        return new Explainer(new Evaluator(locals, feedparserTypes)).explain(tree);
    }

    /** The expression as written. */
    public String source() {
        return source;
    }

    @Override
    public String toString() {
        return source;
    }
}
