package io.newsdesk.fetch;

import java.time.Duration;

/**
 * A fetch that produced no usable response, with a {@link Reason} for the caller to act on and a
 * message for the user.
 */
public final class FetchException extends Exception {

    /** Why a fetch failed. */
    public enum Reason {
        /** The URL is malformed or not http/https (also for a redirect to such a URL). */
        INVALID_URL,
        /** The host resolves only to addresses the address policy refuses, such as private ones. */
        ADDRESS_REFUSED,
        /** The host name could not be resolved. */
        DNS,
        /** No connection could be made (refused, unreachable). */
        CONNECT,
        /** Connecting, waiting for data, or the whole fetch took too long. */
        TIMEOUT,
        /** The body exceeded the size limit, before or after decompression, or the headers theirs. */
        TOO_LARGE,
        /** More redirects than allowed. */
        TOO_MANY_REDIRECTS,
        /** The server answered with an error status; see {@link #status()}. */
        HTTP_STATUS,
        /** TLS handshake or certificate failure. */
        TLS,
        /** Any other transport or decoding failure. */
        IO
    }

    private final Reason reason;
    private final Integer status;
    private final Duration retryAfter;

    /**
     * Creates a failure that is not about an HTTP status.
     *
     * @param reason why it failed
     * @param message what happened, for the user
     */
    public FetchException(Reason reason, String message) {
        this(reason, message, null);
    }

    /**
     * Creates a failure that is not about an HTTP status, keeping the underlying cause.
     *
     * @param reason why it failed
     * @param message what happened, for the user
     * @param cause the underlying exception, or {@code null}
     */
    public FetchException(Reason reason, String message, Throwable cause) {
        this(reason, message, cause, null, null);
    }

    private FetchException(Reason reason, String message, Throwable cause, Integer status, Duration retryAfter) {
        super(message, cause);
        this.reason = reason;
        this.status = status;
        this.retryAfter = retryAfter;
    }

    /**
     * Creates an {@link Reason#HTTP_STATUS} failure with a message such as "HTTP 404 Not Found".
     *
     * @param status the response status
     * @param serverReason the reason phrase the server sent, used only for non-standard codes; may be
     *     {@code null}
     * @param retryAfter the Retry-After hint, or {@code null}
     */
    public static FetchException httpStatus(int status, String serverReason, Duration retryAfter) {
        String message = statusLine(status, serverReason)
                + (retryAfter == null ? "" : " (retry after " + Quantities.duration(retryAfter) + ")");
        return new FetchException(Reason.HTTP_STATUS, message, null, status, retryAfter);
    }

    /** A redirect status that cannot be followed because the server named no target. */
    static FetchException redirectWithoutLocation(int status, String serverReason) {
        return new FetchException(
                Reason.HTTP_STATUS, statusLine(status, serverReason) + " without a Location header", null, status, null);
    }

    /** Returns why the fetch failed. */
    public Reason reason() {
        return reason;
    }

    /** Returns the HTTP status for {@link Reason#HTTP_STATUS}, otherwise {@code null}. */
    public Integer status() {
        return status;
    }

    /**
     * Returns how long the server asked to wait before trying again (Retry-After, typically with 429
     * or 503), or {@code null}.
     */
    public Duration retryAfter() {
        return retryAfter;
    }

    /** Returns {@code true} for 410 Gone: the resource was removed for good and should not be polled. */
    public boolean gone() {
        return status != null && status == 410;
    }

    /** "HTTP 404 Not Found": the standard phrase, else the server's if it is short printable text (it ends up in the UI). */
    private static String statusLine(int status, String serverReason) {
        String standard = StatusPhrases.of(status);
        if (standard != null) {
            return "HTTP " + status + " " + standard;
        }
        if (serverReason != null
                && !serverReason.isBlank()
                && serverReason.length() <= 60
                && serverReason.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return "HTTP " + status + " " + serverReason.strip();
        }
        return "HTTP " + status;
    }
}
