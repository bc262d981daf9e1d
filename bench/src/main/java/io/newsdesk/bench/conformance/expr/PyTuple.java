package io.newsdesk.bench.conformance.expr;

import java.util.List;

/**
 * A Python tuple (and {@code time.struct_time}, which compares equal to the tuple of its nine fields).
 *
 * @param items the items
 */
public record PyTuple(List<Object> items) {

    public PyTuple {
        items = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(items));
    }

    /** A tuple of the given items. */
    public static PyTuple of(Object... items) {
        return new PyTuple(java.util.Arrays.asList(items));
    }

    @Override
    public String toString() {
        return PyValues.repr(this);
    }
}
