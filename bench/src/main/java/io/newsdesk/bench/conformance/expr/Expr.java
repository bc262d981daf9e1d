package io.newsdesk.bench.conformance.expr;

import java.util.List;

/** The syntax tree of the Python expressions feedparser's tests use. */
sealed interface Expr {

    /** A string, number, {@code True}, {@code False} or {@code None}. */
    record Literal(Object value) implements Expr {}

    /** A name looked up in the result ({@code bozo}, {@code entries}) or among the built-ins. */
    record Name(String id) implements Expr {}

    /** {@code target.name}. */
    record Attribute(Expr target, String name) implements Expr {}

    /** {@code target[index]}. */
    record Subscript(Expr target, Expr index) implements Expr {}

    /** {@code function(arguments)}. */
    record Call(Expr function, List<Expr> arguments) implements Expr {}

    /** {@code not x}, {@code -x}, {@code +x}. */
    record Unary(String operator, Expr operand) implements Expr {}

    /** {@code x + y} and the other arithmetic operators. */
    record Binary(String operator, Expr left, Expr right) implements Expr {}

    /** {@code a and b and c}, {@code a or b}: short-circuit, yielding the deciding operand. */
    record BoolOp(String operator, List<Expr> operands) implements Expr {}

    /** {@code a == b != c}, {@code x in y}, {@code x is not None}: chained as in Python. */
    record Compare(Expr first, List<String> operators, List<Expr> rest) implements Expr {}

    /** {@code (a, b)}. */
    record TupleExpr(List<Expr> items) implements Expr {}

    /** {@code [a, b]}. */
    record ListExpr(List<Expr> items) implements Expr {}

    /** {@code {'k': v}}. */
    record DictExpr(List<Expr> keys, List<Expr> values) implements Expr {}
}
