package io.newsdesk.fetch;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A successful fetch: a 2xx response with its body, or a 304 Not Modified.
 *
 * <p>The body array belongs to the result; it is not copied, so do not modify it.
 *
 * @param requestedUrl the URL as requested
 * @param finalUrl the URL the response came from, after redirects (without fragment)
 * @param status the HTTP status of the final response
 * @param notModified {@code true} for 304 Not Modified
 * @param body the decoded body; empty for 304
 * @param contentType the Content-Type header, or {@code null}
 * @param etag the ETag to send next time; on 304 without one, the ETag that was sent
 * @param lastModified the Last-Modified value to send next time; on 304 without one, the value that
 *     was sent
 * @param permanentRedirect {@code true} when at least one redirect was followed and every one was
 *     301 or 308, so the caller should store {@code finalUrl} instead of the requested URL
 * @param cacheHints freshness and retry hints from the final response
 * @param links the final response's {@code Link} headers (feeds a page announces, WebSub hubs), in
 *     order; empty when it had none
 */
public record FetchResult(
        String requestedUrl,
        String finalUrl,
        int status,
        boolean notModified,
        byte[] body,
        String contentType,
        String etag,
        String lastModified,
        boolean permanentRedirect,
        CacheHints cacheHints,
        List<WebLink> links) {

    /** Requires the URLs, body, hints and links to be present. */
    public FetchResult {
        Objects.requireNonNull(requestedUrl, "requestedUrl");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(cacheHints, "cacheHints");
        links = List.copyOf(links);
    }

    /**
     * A result without {@code Link} headers: for a document that reached Newsdesk other than by a
     * fetch (pushed by a WebSub hub, say) and is handled like a fetched one.
     */
    public FetchResult(String requestedUrl, String finalUrl, int status, boolean notModified, byte[] body,
            String contentType, String etag, String lastModified, boolean permanentRedirect, CacheHints cacheHints) {
        this(requestedUrl, finalUrl, status, notModified, body, contentType, etag, lastModified, permanentRedirect,
                cacheHints, List.of());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FetchResult that
                && status == that.status
                && notModified == that.notModified
                && permanentRedirect == that.permanentRedirect
                && requestedUrl.equals(that.requestedUrl)
                && finalUrl.equals(that.finalUrl)
                && Arrays.equals(body, that.body)
                && Objects.equals(contentType, that.contentType)
                && Objects.equals(etag, that.etag)
                && Objects.equals(lastModified, that.lastModified)
                && cacheHints.equals(that.cacheHints)
                && links.equals(that.links);
    }

    @Override
    public int hashCode() {
        return Objects.hash(requestedUrl, finalUrl, status, Arrays.hashCode(body), etag, lastModified);
    }

    /** Describes the result with the body's size rather than its bytes. */
    @Override
    public String toString() {
        return "FetchResult[requestedUrl=" + requestedUrl
                + ", finalUrl=" + finalUrl
                + ", status=" + status
                + ", notModified=" + notModified
                + ", body=" + body.length + " bytes"
                + ", contentType=" + contentType
                + ", etag=" + etag
                + ", lastModified=" + lastModified
                + ", permanentRedirect=" + permanentRedirect
                + ", cacheHints=" + cacheHints
                + ", links=" + links + "]";
    }
}
