package io.newsdesk.bench;

/**
 * A benchmark could not be run or gave an invalid result (a database that cannot be reached, a
 * pipeline that lost entries), with a message that says what to do about it.
 */
public class BenchmarkException extends Exception {

    public BenchmarkException(String message) {
        super(message);
    }

    public BenchmarkException(String message, Throwable cause) {
        super(message, cause);
    }
}
