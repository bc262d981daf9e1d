package io.newsdesk.fetch;

import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;
import org.eclipse.jetty.client.Response;
import org.eclipse.jetty.client.Result;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;

/**
 * Receives one response from the HTTP client and reads its body under the size limit, decoding it
 * as it streams in. Completes {@link #outcome()} with the response or the failure.
 *
 * <p>Only 2xx bodies are kept. Any other response completes as soon as its headers arrive, since
 * its body is never used; that body is drained (up to a small limit) so the connection can be
 * reused, and abandoned beyond it.
 */
final class HopExchange {

    /** Enough for the short page that comes with a redirect or an error; beyond it the connection is dropped. */
    private static final long UNUSED_BODY_LIMIT = 64 * 1024;

    private final URI url;
    private final long maxBodyBytes;
    private final CompletableFuture<HopResponse> outcome = new CompletableFuture<>();
    private BodySink sink = BodySink.DISCARD;
    private ByteCollector collector;

    HopExchange(URI url, long maxBodyBytes) {
        this.url = url;
        this.maxBodyBytes = maxBodyBytes;
    }

    CompletableFuture<HopResponse> outcome() {
        return outcome;
    }

    void onHeaders(Response response) {
        int status = response.getStatus();
        HttpFields headers = response.getHeaders();
        if (!HttpStatus.isSuccess(status)) {
            sink = new SizeLimitSink(UNUSED_BODY_LIMIT, BodySink.DISCARD);
            outcome.complete(new HopResponse(url, status, response.getReason(), headers, new byte[0]));
            return;
        }
        if (declaredLength(headers) > maxBodyBytes) {
            response.abort(new BodyTooLargeException(maxBodyBytes));
            return;
        }
        collector = new ByteCollector();
        try {
            // The wire bytes and the decoded bytes are both limited: a bomb is small on the wire, and
            // an endless stream of empty compressed blocks is small when decoded.
            BodySink decoded = new SizeLimitSink(maxBodyBytes, collector);
            sink = new SizeLimitSink(maxBodyBytes,
                    ContentDecoding.decoderFor(headers.getCSV(HttpHeader.CONTENT_ENCODING, false), decoded));
        } catch (UnsupportedContentEncodingException e) {
            response.abort(e);
        }
    }

    void onContent(Response response, ByteBuffer content) {
        try {
            sink.write(content);
        } catch (IOException e) {
            response.abort(e);
        }
    }

    void onComplete(Result result) {
        try {
            if (outcome.isDone()) {
                return;
            }
            if (result.isFailed()) {
                outcome.completeExceptionally(result.getFailure());
                return;
            }
            sink.finish();
            Response response = result.getResponse();
            outcome.complete(new HopResponse(
                    url, response.getStatus(), response.getReason(), response.getHeaders(), collector.toByteArray()));
        } catch (IOException e) {
            outcome.completeExceptionally(e);
        } finally {
            sink.close();
        }
    }

    private static long declaredLength(HttpFields headers) {
        try {
            return headers.getLongField(HttpHeader.CONTENT_LENGTH);
        } catch (NumberFormatException e) {
            // The client rejects the response itself; nothing to check here.
            return -1;
        }
    }
}
