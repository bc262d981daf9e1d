package io.newsdesk.e2e.support;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A request the fixture server received and what it answered.
 *
 * @param method the HTTP method
 * @param path the request path
 * @param headers the request headers, names case-insensitive
 * @param answeredStatus the status sent back, or {@link #NO_ANSWER} when the request was left hanging
 */
public record RecordedRequest(String method, String path, Map<String, List<String>> headers, int answeredStatus) {

    /** The status recorded for a request that got no answer at all. */
    public static final int NO_ANSWER = -1;

    public RecordedRequest {
        Map<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
        headers = copy;
    }

    /** The first value of header {@code name}, or {@code null} when it was not sent. */
    public String header(String name) {
        List<String> values = headers.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** Whether the request asked to be answered 304 when unchanged. */
    public boolean conditional() {
        return header("If-None-Match") != null || header("If-Modified-Since") != null;
    }
}
