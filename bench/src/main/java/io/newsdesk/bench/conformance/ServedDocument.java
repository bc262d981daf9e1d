package io.newsdesk.bench.conformance;

import io.newsdesk.parse.date.FeedDates;
import io.newsdesk.parse.text.Urls;
import java.util.Map;

/**
 * A test document as an HTTP client receives it, the way feedparser's runner serves it: documents
 * whose path mentions "http" come from {@code http://127.0.0.1:8097/tests/…} with their
 * {@code Header:} lines as response headers; the others are read as local files, with no URL.
 * Nothing is actually served: the runner plays the client's part.
 *
 * @param requestUrl the URL the document was requested from, or {@code null} for a local file
 * @param headers the response headers, by lower-case name
 */
record ServedDocument(String requestUrl, Map<String, String> headers) {

    private static final String SERVER = "http://127.0.0.1:8097/tests/";

    static ServedDocument of(ConformanceCase testCase) {
        return testCase.servedOverHttp()
                ? new ServedDocument(SERVER + testCase.path(), testCase.headers())
                : new ServedDocument(null, Map.of());
    }

    /** The response's {@code Content-Type}, or {@code null}. */
    String contentType() {
        return headers.get("content-type");
    }

    /** The response's {@code Content-Language}, or {@code null}. */
    String contentLanguage() {
        return headers.get("content-language");
    }

    /**
     * The document's URL for resolving relative links: the {@code Content-Location} resolved
     * against the request URL when it is safe, else the request URL.
     */
    String baseUrl() {
        String location = headers.get("content-location");
        String resolved = location == null ? null : Urls.resolveSafe(requestUrl, location);
        return resolved != null ? resolved : requestUrl;
    }

    /** Adds the keys feedparser's HTTP layer gives a result: {@code headers}, {@code etag}, {@code modified}, {@code href}. */
    void addTo(FeedParserDict result) {
        if (requestUrl == null) {
            return;
        }
        FeedParserDict dict = new FeedParserDict();
        headers.forEach(dict::put);
        result.put("headers", dict);
        result.put("href", requestUrl);
        result.put("status", 200L);
        String etag = headers.get("etag");
        if (etag != null && !etag.isBlank()) {
            result.put("etag", etag);
        }
        String modified = headers.get("last-modified");
        if (modified != null && !modified.isBlank()) {
            result.put("modified", modified);
            FeedDates.parse(modified).ifPresent(date -> result.put("modified_parsed", StructTime.of(date.instant())));
        }
    }
}
