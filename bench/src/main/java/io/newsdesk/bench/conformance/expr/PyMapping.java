package io.newsdesk.bench.conformance.expr;

import java.util.Map;

/** A Python mapping as expressions see it: subscripts, {@code in}, {@code .get}, attributes, equality. */
public interface PyMapping {

    /** {@code mapping[key]}; raises {@code KeyError} when it is missing. */
    Object getItem(Object key) throws EvaluationError;

    /** {@code key in mapping}. */
    boolean containsKey(Object key);

    /** The stored entries, as {@code ==}, {@code len()} and {@code .keys()} see them. */
    Map<Object, Object> entries();

    /** {@code mapping.name}: the item, or {@code AttributeError}. */
    default Object getAttribute(String name) throws EvaluationError {
        if (!containsKey(name)) {
            throw new EvaluationError("AttributeError", "object has no attribute '" + name + "'");
        }
        return getItem(name);
    }
}
