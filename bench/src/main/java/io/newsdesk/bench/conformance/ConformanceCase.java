package io.newsdesk.bench.conformance;

import java.util.Map;

/**
 * One of feedparser's test documents and what it expects.
 *
 * @param path the file's path under the tests folder, with forward slashes
 *     ({@code wellformed/atom/feed_title.xml})
 * @param description what the test is about
 * @param expect the Python expression that must hold for the parse result
 * @param headers the HTTP response headers the document is served with, by lower-case name
 * @param body the document's bytes
 */
public record ConformanceCase(String path, String description, String expect, Map<String, String> headers, byte[] body) {

    public ConformanceCase {
        headers = Map.copyOf(headers);
    }

    /** The folder the file is in ({@code wellformed/atom}). */
    public String folder() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash);
    }

    /**
     * The category figures are reported by: the top folder, with {@code wellformed/sanitize}
     * apart (it is scored for safety) and {@code illformed}'s subfolders in it.
     */
    public String category() {
        String folder = folder();
        if (folder.startsWith("wellformed/sanitize")) {
            return "wellformed/sanitize";
        }
        int slash = folder.indexOf('/');
        return slash < 0 ? folder : folder.substring(0, slash);
    }

    /**
     * {@code true} when feedparser's runner fetches the document over HTTP (its path mentions
     * "http"), so that it has a URL and its {@code Header:} lines are response headers.
     */
    public boolean servedOverHttp() {
        return path.contains("http");
    }
}
