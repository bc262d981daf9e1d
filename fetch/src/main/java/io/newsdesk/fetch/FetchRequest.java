package io.newsdesk.fetch;

import java.util.Objects;

/**
 * One thing to fetch: a URL, the validators from the last successful fetch, and the media types
 * wanted.
 *
 * <p>Validators that are blank or contain control characters cannot be sent as headers and are
 * treated as absent.
 *
 * @param url the http or https URL; checked when fetched, so a bad URL fails the fetch with
 *     {@link FetchException.Reason#INVALID_URL} rather than here
 * @param etag the ETag from the last response, sent as If-None-Match, or {@code null}
 * @param lastModified the Last-Modified value from the last response, sent verbatim as
 *     If-Modified-Since, or {@code null}
 * @param accept the Accept header value, or {@code null} for any type
 */
public record FetchRequest(String url, String etag, String lastModified, String accept) {

    /** Prefers the feed formats, still takes generic XML and JSON, and HTML for feed discovery. */
    private static final String FEED_TYPES = "application/rss+xml, application/atom+xml, application/feed+json,"
            + " application/rdf+xml;q=0.9, application/xml;q=0.8, text/xml;q=0.8, application/json;q=0.8,"
            + " text/html;q=0.5, */*;q=0.1";

    /** What browsers ask for, so sites serve the article page they serve readers. */
    private static final String PAGE_TYPES = "text/html, application/xhtml+xml, application/xml;q=0.9, */*;q=0.8";

    /**
     * Normalizes absent validators to {@code null}.
     *
     * @throws NullPointerException when {@code url} is {@code null}
     * @throws IllegalArgumentException when {@code accept} contains control characters
     */
    public FetchRequest {
        Objects.requireNonNull(url, "url");
        etag = sendableOrNull(etag);
        lastModified = sendableOrNull(lastModified);
        if (accept != null && accept.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("accept must not contain control characters");
        }
    }

    /**
     * A conditional request for a feed.
     *
     * @param url the feed URL
     * @param etag the stored ETag, or {@code null}
     * @param lastModified the stored Last-Modified value, or {@code null}
     */
    public static FetchRequest feed(String url, String etag, String lastModified) {
        return new FetchRequest(url, etag, lastModified, FEED_TYPES);
    }

    /** An unconditional request for a web page, such as an article for full-text extraction. */
    public static FetchRequest page(String url) {
        return new FetchRequest(url, null, null, PAGE_TYPES);
    }

    private static String sendableOrNull(String validator) {
        if (validator == null || validator.isBlank() || validator.chars().anyMatch(Character::isISOControl)) {
            return null;
        }
        return validator.strip();
    }
}
