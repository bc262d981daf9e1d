package io.newsdesk.bench.conformance.expr;

import java.util.LinkedHashMap;
import java.util.Map;

/** A plain Python {@code dict}: a literal in an expression. */
public final class PyDict implements PyMapping {

    private final Map<Object, Object> entries;

    public PyDict(Map<Object, Object> entries) {
        this.entries = new LinkedHashMap<>(entries);
    }

    @Override
    public Object getItem(Object key) throws EvaluationError {
        if (!entries.containsKey(key)) {
            throw new EvaluationError("KeyError", PyValues.repr(key));
        }
        return entries.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return entries.containsKey(key);
    }

    @Override
    public Map<Object, Object> entries() {
        return entries;
    }

    @Override
    public Object getAttribute(String name) throws EvaluationError {
        throw new EvaluationError("AttributeError", "'dict' object has no attribute '" + name + "'");
    }

    @Override
    public String toString() {
        return PyValues.repr(this);
    }
}
