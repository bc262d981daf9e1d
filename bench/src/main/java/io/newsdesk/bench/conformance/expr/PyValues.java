package io.newsdesk.bench.conformance.expr;

import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Python's semantics for the values expressions meet: {@code str} is {@link String}, {@code int}
 * {@link Long}, {@code float} {@link Double}, {@code bool} {@link Boolean}, {@code None}
 * {@code null}, {@code list} {@link List}, {@code tuple} {@link PyTuple}, {@code dict}
 * {@link PyMapping}, {@code datetime.timedelta} {@link Duration}.
 */
public final class PyValues {

    private PyValues() {}

    /** Python's truth value. */
    public static boolean truthy(Object value) {
        return switch (value) {
            case null -> false;
            case Boolean b -> b;
            case Long l -> l != 0;
            case Double d -> d != 0;
            case String s -> !s.isEmpty();
            case List<?> list -> !list.isEmpty();
            case PyTuple tuple -> !tuple.items().isEmpty();
            case PyMapping mapping -> !mapping.entries().isEmpty();
            case Duration duration -> !duration.isZero();
            default -> true;
        };
    }

    /** Python's {@code ==}. */
    public static boolean equal(Object a, Object b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (isNumber(a) && isNumber(b)) {
            return isIntegral(a) && isIntegral(b) ? integral(a) == integral(b) : number(a) == number(b);
        }
        if (a instanceof String || b instanceof String) {
            return a.equals(b);
        }
        if (a instanceof PyTuple ta && b instanceof PyTuple tb) {
            return equalItems(ta.items(), tb.items());
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            return equalItems(la, lb);
        }
        if (a instanceof PyMapping ma && b instanceof PyMapping mb) {
            return equalEntries(ma.entries(), mb.entries());
        }
        return Objects.equals(a, b);
    }

    private static boolean equalItems(List<?> a, List<?> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!equal(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean equalEntries(Map<Object, Object> a, Map<Object, Object> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (Map.Entry<Object, Object> entry : a.entrySet()) {
            if (!b.containsKey(entry.getKey()) || !equal(entry.getValue(), b.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    /** {@code true} for {@code bool}, {@code int} and {@code float}. */
    static boolean isNumber(Object value) {
        return value instanceof Long || value instanceof Double || value instanceof Boolean;
    }

    static double number(Object value) {
        return switch (value) {
            case Boolean b -> b ? 1 : 0;
            case Long l -> l;
            case Double d -> d;
            default -> throw new IllegalArgumentException("not a number: " + value);
        };
    }

    /** {@code true} for {@code int} and {@code bool} (whose arithmetic stays integral). */
    static boolean isIntegral(Object value) {
        return value instanceof Long || value instanceof Boolean;
    }

    static long integral(Object value) {
        return value instanceof Boolean b ? (b ? 1 : 0) : (Long) value;
    }

    /** Python's {@code repr}, for messages. */
    public static String repr(Object value) {
        StringBuilder out = new StringBuilder();
        repr(value, out);
        return out.toString();
    }

    private static void repr(Object value, StringBuilder out) {
        switch (value) {
            case null -> out.append("None");
            case Boolean b -> out.append(b ? "True" : "False");
            case String s -> stringRepr(s, out);
            case PyTuple tuple -> {
                out.append('(');
                join(tuple.items().iterator(), out);
                out.append(tuple.items().size() == 1 ? ",)" : ")");
            }
            case List<?> list -> {
                out.append('[');
                join(list.iterator(), out);
                out.append(']');
            }
            case PyMapping mapping -> {
                out.append('{');
                boolean first = true;
                for (Map.Entry<Object, Object> entry : mapping.entries().entrySet()) {
                    if (!first) {
                        out.append(", ");
                    }
                    first = false;
                    repr(entry.getKey(), out);
                    out.append(": ");
                    repr(entry.getValue(), out);
                }
                out.append('}');
            }
            case Duration d -> out.append("datetime.timedelta(seconds=").append(d.toMillis() / 1000.0).append(')');
            case PyException e -> out.append(e.type().name()).append('(').append(stringReprOf(e.message())).append(')');
            default -> out.append(value);
        }
    }

    private static String stringReprOf(String s) {
        StringBuilder out = new StringBuilder();
        stringRepr(s, out);
        return out.toString();
    }

    private static void join(Iterator<?> items, StringBuilder out) {
        boolean first = true;
        while (items.hasNext()) {
            if (!first) {
                out.append(", ");
            }
            first = false;
            repr(items.next(), out);
        }
    }

    private static void stringRepr(String s, StringBuilder out) {
        out.append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\'' -> out.append("\\'");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c >= 0x7F && c < 0xA0) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('\'');
    }
}
