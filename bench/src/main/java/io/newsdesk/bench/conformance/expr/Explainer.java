package io.newsdesk.bench.conformance.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the values an expression looked at were: every name, subscript, attribute and call it
 * reads, as written, with the value it had or the error it raised. For reports of failures.
 */
final class Explainer {

    private final Evaluator evaluator;
    private final Map<String, String> values = new LinkedHashMap<>();

    Explainer(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    Map<String, String> explain(Expr expr) {
        visit(expr, false);
        return values;
    }

    private void visit(Expr expr, boolean insidePath) {
        switch (expr) {
            case Expr.Name name -> record(name, insidePath);
            case Expr.Attribute attribute -> {
                record(attribute, insidePath);
                visit(attribute.target(), true);
            }
            case Expr.Subscript subscript -> {
                record(subscript, insidePath);
                visit(subscript.target(), true);
                visit(subscript.index(), false);
            }
            case Expr.Call call -> {
                record(call, insidePath);
                call.arguments().forEach(argument -> visit(argument, false));
            }
            case Expr.Unary unary -> visit(unary.operand(), false);
            case Expr.Binary binary -> {
                visit(binary.left(), false);
                visit(binary.right(), false);
            }
            case Expr.BoolOp boolOp -> boolOp.operands().forEach(operand -> visit(operand, false));
            case Expr.Compare compare -> {
                visit(compare.first(), false);
                compare.rest().forEach(operand -> visit(operand, false));
            }
            case Expr.TupleExpr tuple -> tuple.items().forEach(item -> visit(item, false));
            case Expr.ListExpr list -> list.items().forEach(item -> visit(item, false));
            case Expr.DictExpr dict -> dict.values().forEach(value -> visit(value, false));
            case Expr.Literal literal -> { }
        }
    }

    /** Records only whole paths ({@code entries[0]['title']}, not its parts). */
    private void record(Expr expr, boolean insidePath) {
        if (insidePath) {
            return;
        }
        String source = source(expr);
        if (values.containsKey(source)) {
            return;
        }
        try {
            values.put(source, PyValues.repr(evaluator.evaluate(expr)));
        } catch (EvaluationError e) {
            values.put(source, "raises " + e.getMessage());
        } catch (NotEvaluableException e) {
            values.put(source, "not evaluable: " + e.getMessage());
        }
    }

    static String source(Expr expr) {
        return switch (expr) {
            case Expr.Name name -> name.id();
            case Expr.Literal literal -> PyValues.repr(literal.value());
            case Expr.Attribute attribute -> source(attribute.target()) + "." + attribute.name();
            case Expr.Subscript subscript -> source(subscript.target()) + "[" + source(subscript.index()) + "]";
            case Expr.Call call -> {
                List<String> arguments = new ArrayList<>();
                call.arguments().forEach(argument -> arguments.add(source(argument)));
                yield source(call.function()) + "(" + String.join(", ", arguments) + ")";
            }
            case Expr.Unary unary -> unary.operator() + (unary.operator().equals("not") ? " " : "") + source(unary.operand());
            default -> "…";
        };
    }
}
