package io.newsdesk.bench.conformance.expr;

/**
 * An exception object in the result (feedparser's {@code bozo_exception}).
 *
 * @param type its class, as {@code isinstance} checks it
 * @param message its message
 */
public record PyException(PyType type, String message) {}
