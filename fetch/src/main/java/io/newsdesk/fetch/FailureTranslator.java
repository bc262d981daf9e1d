package io.newsdesk.fetch;

import io.newsdesk.fetch.FetchException.Reason;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.channels.ClosedChannelException;
import java.util.Locale;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.zip.ZipException;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLHandshakeException;
import org.eclipse.jetty.client.HttpResponseException;
import org.eclipse.jetty.http.HttpException;

/** Turns what the HTTP client failed with into a {@link FetchException} a user can act on. */
final class FailureTranslator {

    /** Deep enough for the client's wrapping; guards against cause cycles. */
    private static final int MAX_CAUSE_DEPTH = 8;

    private final FetchSettings settings;

    FailureTranslator(FetchSettings settings) {
        this.settings = settings;
    }

    /**
     * Returns the fetch failure for a client failure while fetching {@code url}. The outermost
     * recognized exception in the cause chain decides.
     */
    FetchException translate(Throwable failure, URI url) {
        Throwable current = failure;
        for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
            FetchException translated = translateOne(current, url);
            if (translated != null) {
                return translated;
            }
            current = current.getCause();
        }
        return new FetchException(Reason.IO, "could not fetch from " + url.getHost() + ": " + describe(failure), failure);
    }

    private FetchException translateOne(Throwable failure, URI url) {
        String host = url.getHost();
        return switch (failure) {
            case FetchException fetchException -> fetchException;
            case AddressRefusedException e -> new FetchException(Reason.ADDRESS_REFUSED, e.getMessage(), e);
            case HostResolutionException e -> new FetchException(Reason.DNS, e.getMessage(), e);
            case UnknownHostException e -> new FetchException(Reason.DNS, "could not resolve host " + host, e);
            case BodyTooLargeException e -> new FetchException(Reason.TOO_LARGE, e.getMessage(), e);
            case UnsupportedContentEncodingException e -> new FetchException(Reason.IO, e.getMessage(), e);
            case ZipException e -> new FetchException(Reason.IO, "could not decode the compressed response: " + e.getMessage(), e);
            // The client's connect timeout; reads are governed by the idle timeout below.
            case SocketTimeoutException e -> new FetchException(Reason.TIMEOUT,
                    "could not connect to " + FetchUrls.hostAndPort(url) + " within " + Quantities.duration(settings.connectTimeout()), e);
            case TimeoutException e -> new FetchException(Reason.TIMEOUT,
                    "timed out after " + Quantities.duration(settings.idleTimeout()) + " without data", e);
            case SSLHandshakeException e -> new FetchException(Reason.TLS, "TLS handshake with " + host + " failed: " + describe(e), e);
            case SSLException e -> new FetchException(Reason.TLS, "TLS error with " + host + ": " + describe(e), e);
            case ConnectException e -> connectFailure(url, e);
            case NoRouteToHostException e -> connectFailure(url, e);
            case PortUnreachableException e -> connectFailure(url, e);
            case RejectedExecutionException e -> new FetchException(Reason.IO, "too many requests queued for " + host, e);
            case HttpResponseException e -> invalidResponse(host, e);
            case EOFException e -> closedEarly(host, e);
            case ClosedChannelException e -> closedEarly(host, e);
            default -> null;
        };
    }

    /**
     * A response the client could not read: a head over the limit, or not HTTP at all. The
     * client's own message dumps its connection state, so the parser's short reason is used.
     */
    private FetchException invalidResponse(String host, HttpResponseException e) {
        Throwable cause = e.getCause();
        for (int depth = 0; cause != null && depth < MAX_CAUSE_DEPTH; depth++, cause = cause.getCause()) {
            if (cause instanceof HttpException parserFailure) {
                String reason = String.valueOf(parserFailure.getReason());
                // Jetty's parser says "Response Header Bytes Too Large" when the limit is hit.
                if (reason.toLowerCase(Locale.ROOT).contains("too large")) {
                    return new FetchException(Reason.TOO_LARGE, "response headers from " + host + " larger than "
                            + Quantities.bytes(settings.maxHeaderBytes()), e);
                }
                return new FetchException(Reason.IO, "invalid HTTP response from " + host + ": " + shortReason(reason), e);
            }
        }
        return new FetchException(Reason.IO, "invalid HTTP response from " + host, e);
    }

    /** The parser's reason when it reads as one, else a generic one. */
    private static String shortReason(String reason) {
        boolean printable = reason.chars().allMatch(c -> c >= 0x20 && c < 0x7f);
        return printable && !reason.isBlank() && reason.length() <= 80
                ? reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1)
                : "malformed response";
    }

    private static FetchException connectFailure(URI url, Exception e) {
        return new FetchException(Reason.CONNECT, "could not connect to " + FetchUrls.hostAndPort(url) + ": " + describe(e), e);
    }

    private static FetchException closedEarly(String host, Exception e) {
        return new FetchException(Reason.IO, "connection to " + host + " closed before the response was complete", e);
    }

    private static String describe(Throwable failure) {
        String message = failure.getMessage();
        if (message == null || message.isBlank()) {
            return failure.getClass().getSimpleName();
        }
        return message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1);
    }
}
