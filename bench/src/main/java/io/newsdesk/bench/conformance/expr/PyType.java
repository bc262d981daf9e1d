package io.newsdesk.bench.conformance.expr;

/**
 * A class that expressions name for {@code isinstance} ({@code feedparser.CharacterEncodingOverride}).
 *
 * @param name the class's name
 * @param parent its base class, or {@code null}
 */
public record PyType(String name, PyType parent) {

    /** {@code true} when this class is {@code other} or derives from it. */
    public boolean isSubclassOf(PyType other) {
        for (PyType type = this; type != null; type = type.parent()) {
            if (type.name().equals(other.name())) {
                return true;
            }
        }
        return false;
    }
}
