package io.newsdesk.bench.conformance.expr;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates an {@link Expr} with Python's semantics against a result mapping (the names an
 * expression reads: {@code bozo}, {@code feed}, {@code entries}, …) and the built-ins the corpus
 * uses: {@code len}, {@code ord}, {@code isinstance}, {@code locals}, {@code datetime.timedelta}
 * and the {@code feedparser} module's exception classes.
 */
final class Evaluator {

    /** A module object: names to values. */
    private record Module(String name, Map<String, Object> members) {}

    /** A built-in function or a method bound to its receiver. */
    @FunctionalInterface
    private interface Callable {
        Object call(List<Object> arguments) throws EvaluationError, NotEvaluableException;
    }

    private final PyMapping locals;
    private final Map<String, Object> globals;

    Evaluator(PyMapping locals, Map<String, PyType> feedparserTypes) {
        this.locals = locals;
        this.globals = globals(feedparserTypes);
    }

    private Map<String, Object> globals(Map<String, PyType> feedparserTypes) {
        Map<String, Object> names = new LinkedHashMap<>();
        names.put("len", (Callable) arguments -> len(single(arguments, "len")));
        names.put("ord", (Callable) arguments -> ord(single(arguments, "ord")));
        names.put("isinstance", (Callable) this::isInstance);
        names.put("locals", (Callable) arguments -> locals);
        names.put("datetime", new Module("datetime", Map.of("timedelta", (Callable) Evaluator::timedelta)));
        names.put("feedparser", new Module("feedparser", new LinkedHashMap<>(feedparserTypes)));
        return names;
    }

    Object evaluate(Expr expr) throws EvaluationError, NotEvaluableException {
        return switch (expr) {
            case Expr.Literal literal -> literal.value();
            case Expr.Name name -> name(name.id());
            case Expr.Attribute attribute -> attribute(evaluate(attribute.target()), attribute.name());
            case Expr.Subscript subscript -> subscript(evaluate(subscript.target()), evaluate(subscript.index()));
            case Expr.Call call -> call(call);
            case Expr.Unary unary -> unary(unary);
            case Expr.Binary binary -> binary(binary.operator(), evaluate(binary.left()), evaluate(binary.right()));
            case Expr.BoolOp boolOp -> boolOp(boolOp);
            case Expr.Compare compare -> compare(compare);
            case Expr.TupleExpr tuple -> new PyTuple(evaluateAll(tuple.items()));
            case Expr.ListExpr list -> evaluateAll(list.items());
            case Expr.DictExpr dict -> {
                Map<Object, Object> entries = new LinkedHashMap<>();
                for (int i = 0; i < dict.keys().size(); i++) {
                    entries.put(evaluate(dict.keys().get(i)), evaluate(dict.values().get(i)));
                }
                yield new PyDict(entries);
            }
        };
    }

    private List<Object> evaluateAll(List<Expr> items) throws EvaluationError, NotEvaluableException {
        List<Object> values = new ArrayList<>(items.size());
        for (Expr item : items) {
            values.add(evaluate(item));
        }
        return values;
    }

    /** Locals first (the result, through its aliases), then the built-ins, as Python's eval does. */
    private Object name(String id) throws EvaluationError {
        if (locals.containsKey(id)) {
            return locals.getItem(id);
        }
        if (globals.containsKey(id)) {
            return globals.get(id);
        }
        throw new EvaluationError("NameError", "name '" + id + "' is not defined");
    }

    private Object attribute(Object target, String name) throws EvaluationError, NotEvaluableException {
        if (target instanceof Module module) {
            if (!module.members().containsKey(name)) {
                throw new NotEvaluableException("module " + module.name() + " has no member " + name + " here");
            }
            return module.members().get(name);
        }
        if (target instanceof PyMapping mapping) {
            Callable method = mappingMethod(mapping, name);
            return method != null ? method : mapping.getAttribute(name);
        }
        throw new NotEvaluableException("attribute '" + name + "' of " + typeName(target) + " is not supported");
    }

    private static Callable mappingMethod(PyMapping mapping, String name) {
        return switch (name) {
            case "get" -> arguments -> {
                if (arguments.isEmpty() || arguments.size() > 2) {
                    throw new EvaluationError("TypeError", "get expected 1 or 2 arguments");
                }
                Object key = arguments.get(0);
                return mapping.containsKey(key) ? mapping.getItem(key) : arguments.size() == 2 ? arguments.get(1) : null;
            };
            case "has_key" -> arguments -> mapping.containsKey(single(arguments, "has_key"));
            case "keys" -> arguments -> new ArrayList<>(mapping.entries().keySet());
            case "values" -> arguments -> new ArrayList<>(mapping.entries().values());
            default -> null;
        };
    }

    private static Object subscript(Object target, Object index) throws EvaluationError, NotEvaluableException {
        if (target instanceof PyMapping mapping) {
            return mapping.getItem(index);
        }
        List<?> items = switch (target) {
            case List<?> list -> list;
            case PyTuple tuple -> tuple.items();
            case String s -> s.codePoints().mapToObj(Character::toString).toList();
            default -> throw new EvaluationError("TypeError", typeName(target) + " is not subscriptable");
        };
        if (!PyValues.isIntegral(index)) {
            throw new EvaluationError("TypeError", "indices must be integers, not " + typeName(index));
        }
        long i = PyValues.integral(index);
        long position = i < 0 ? items.size() + i : i;
        if (position < 0 || position >= items.size()) {
            throw new EvaluationError("IndexError", "index " + i + " out of range");
        }
        return items.get((int) position);
    }

    private Object call(Expr.Call call) throws EvaluationError, NotEvaluableException {
        Object function = evaluate(call.function());
        if (!(function instanceof Callable callable)) {
            throw new EvaluationError("TypeError", typeName(function) + " is not callable");
        }
        return callable.call(evaluateAll(call.arguments()));
    }

    private Object unary(Expr.Unary unary) throws EvaluationError, NotEvaluableException {
        Object operand = evaluate(unary.operand());
        return switch (unary.operator()) {
            case "not" -> !PyValues.truthy(operand);
            case "-" -> negate(operand);
            case "+" -> operand;
            default -> throw new NotEvaluableException("operator " + unary.operator());
        };
    }

    private static Object negate(Object operand) throws EvaluationError {
        if (PyValues.isIntegral(operand)) {
            return -PyValues.integral(operand);
        }
        if (operand instanceof Double d) {
            return -d;
        }
        throw new EvaluationError("TypeError", "bad operand type for unary -: " + typeName(operand));
    }

    private static Object binary(String operator, Object left, Object right) throws EvaluationError, NotEvaluableException {
        if (PyValues.isNumber(left) && PyValues.isNumber(right)) {
            boolean integral = PyValues.isIntegral(left) && PyValues.isIntegral(right);
            return switch (operator) {
                case "+" -> integral ? (Object) (PyValues.integral(left) + PyValues.integral(right))
                        : PyValues.number(left) + PyValues.number(right);
                case "-" -> integral ? (Object) (PyValues.integral(left) - PyValues.integral(right))
                        : PyValues.number(left) - PyValues.number(right);
                case "*" -> integral ? (Object) (PyValues.integral(left) * PyValues.integral(right))
                        : PyValues.number(left) * PyValues.number(right);
                case "/" -> PyValues.number(left) / PyValues.number(right);
                default -> throw new NotEvaluableException("operator " + operator);
            };
        }
        if (operator.equals("+")) {
            if (left instanceof String a && right instanceof String b) {
                return a + b;
            }
            if (left instanceof List<?> a && right instanceof List<?> b) {
                List<Object> joined = new ArrayList<>(a);
                joined.addAll(b);
                return joined;
            }
            if (left instanceof PyTuple a && right instanceof PyTuple b) {
                List<Object> joined = new ArrayList<>(a.items());
                joined.addAll(b.items());
                return new PyTuple(joined);
            }
        }
        throw new EvaluationError("TypeError", "unsupported operand types for " + operator + ": "
                + typeName(left) + " and " + typeName(right));
    }

    private Object boolOp(Expr.BoolOp boolOp) throws EvaluationError, NotEvaluableException {
        boolean and = boolOp.operator().equals("and");
        Object value = null;
        for (Expr operand : boolOp.operands()) {
            value = evaluate(operand);
            if (PyValues.truthy(value) != and) {
                return value;
            }
        }
        return value;
    }

    private Object compare(Expr.Compare compare) throws EvaluationError, NotEvaluableException {
        Object left = evaluate(compare.first());
        for (int i = 0; i < compare.operators().size(); i++) {
            Object right = evaluate(compare.rest().get(i));
            if (!compare(compare.operators().get(i), left, right)) {
                return false;
            }
            left = right;
        }
        return true;
    }

    private static boolean compare(String operator, Object left, Object right) throws EvaluationError {
        return switch (operator) {
            case "==" -> PyValues.equal(left, right);
            case "!=" -> !PyValues.equal(left, right);
            case "is" -> identical(left, right);
            case "is not" -> !identical(left, right);
            case "in" -> contains(right, left);
            case "not in" -> !contains(right, left);
            default -> order(operator, left, right);
        };
    }

    /** Identity for the singletons and strings; other objects are only themselves. */
    private static boolean identical(Object left, Object right) {
        if (left == null || right == null || left instanceof Boolean || right instanceof Boolean) {
            return left == right;
        }
        return left == right || left instanceof String && left.equals(right);
    }

    private static boolean contains(Object container, Object item) throws EvaluationError {
        return switch (container) {
            case String s when item instanceof String part -> s.contains(part);
            case List<?> list -> list.stream().anyMatch(element -> PyValues.equal(element, item));
            case PyTuple tuple -> tuple.items().stream().anyMatch(element -> PyValues.equal(element, item));
            case PyMapping mapping -> mapping.containsKey(item);
            default -> throw new EvaluationError("TypeError", "argument of type " + typeName(container) + " is not iterable");
        };
    }

    private static boolean order(String operator, Object left, Object right) throws EvaluationError {
        int sign;
        if (PyValues.isNumber(left) && PyValues.isNumber(right)) {
            sign = Double.compare(PyValues.number(left), PyValues.number(right));
        } else if (left instanceof String a && right instanceof String b) {
            sign = a.compareTo(b);
        } else if (left instanceof Duration a && right instanceof Duration b) {
            sign = a.compareTo(b);
        } else {
            throw new EvaluationError("TypeError", "'" + operator + "' not supported between " + typeName(left)
                    + " and " + typeName(right));
        }
        return switch (operator) {
            case "<" -> sign < 0;
            case ">" -> sign > 0;
            case "<=" -> sign <= 0;
            default -> sign >= 0;
        };
    }

    private static Object single(List<Object> arguments, String function) throws EvaluationError {
        if (arguments.size() != 1) {
            throw new EvaluationError("TypeError", function + "() takes exactly one argument");
        }
        return arguments.get(0);
    }

    private static Object len(Object value) throws EvaluationError {
        return (long) switch (value) {
            case String s -> s.codePointCount(0, s.length());
            case List<?> list -> list.size();
            case PyTuple tuple -> tuple.items().size();
            case PyMapping mapping -> mapping.entries().size();
            default -> throw new EvaluationError("TypeError", "object of type " + typeName(value) + " has no len()");
        };
    }

    private static Object ord(Object value) throws EvaluationError {
        if (value instanceof String s && s.codePointCount(0, s.length()) == 1) {
            return (long) s.codePointAt(0);
        }
        throw new EvaluationError("TypeError", "ord() expected a character, but got " + PyValues.repr(value));
    }

    private Object isInstance(List<Object> arguments) throws EvaluationError, NotEvaluableException {
        if (arguments.size() != 2) {
            throw new EvaluationError("TypeError", "isinstance expected 2 arguments");
        }
        if (!(arguments.get(1) instanceof PyType type)) {
            throw new NotEvaluableException("isinstance() is only supported with feedparser's classes");
        }
        return arguments.get(0) instanceof PyException exception && exception.type().isSubclassOf(type);
    }

    /** {@code datetime.timedelta(days, seconds, microseconds)}, positional only. */
    private static Object timedelta(List<Object> arguments) throws EvaluationError {
        long[] parts = new long[3];
        if (arguments.size() > 3) {
            throw new EvaluationError("TypeError", "timedelta takes at most 3 positional arguments here");
        }
        for (int i = 0; i < arguments.size(); i++) {
            if (!PyValues.isIntegral(arguments.get(i))) {
                throw new EvaluationError("TypeError", "timedelta arguments must be integers here");
            }
            parts[i] = PyValues.integral(arguments.get(i));
        }
        return Duration.ofDays(parts[0]).plusSeconds(parts[1]).plusNanos(parts[2] * 1000);
    }

    static String typeName(Object value) {
        return switch (value) {
            case null -> "NoneType";
            case Boolean b -> "bool";
            case Long l -> "int";
            case Double d -> "float";
            case String s -> "str";
            case List<?> list -> "list";
            case PyTuple tuple -> "tuple";
            case PyMapping mapping -> "dict";
            case Duration duration -> "datetime.timedelta";
            default -> value.getClass().getSimpleName();
        };
    }
}
