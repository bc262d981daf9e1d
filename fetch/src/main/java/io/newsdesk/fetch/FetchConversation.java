package io.newsdesk.fetch;

import io.newsdesk.fetch.FetchException.Reason;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.util.thread.Scheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One fetch from start to result: sends the request, follows redirects itself (so every hop is
 * checked against the URL rules and, through the resolver, the address policy), and enforces the
 * total time limit across all hops. Cancelling the returned future aborts the request in flight.
 */
final class FetchConversation {

    private static final Logger LOG = LoggerFactory.getLogger(FetchConversation.class);
    private static final Set<Integer> REDIRECTS = Set.of(301, 302, 303, 307, 308);
    private static final Set<Integer> PERMANENT_REDIRECTS = Set.of(301, 308);

    /** Where a fetch stands in its redirect chain. */
    private record Trail(int redirects, boolean allPermanent) {
        Trail after(int status) {
            return new Trail(redirects + 1, allPermanent && PERMANENT_REDIRECTS.contains(status));
        }

        boolean permanentRedirect() {
            return redirects > 0 && allPermanent;
        }
    }

    private final HttpClient client;
    private final FetchSettings settings;
    private final FailureTranslator failures;
    private final FetchRequest request;
    private final URI firstUrl;
    private final String authorization;
    private final CompletableFuture<FetchResult> result = new CompletableFuture<>();
    private volatile Request inFlight;

    /**
     * @param firstUrl the parsed request URL, possibly with credentials, which are sent only to its
     *     own origin
     */
    FetchConversation(HttpClient client, FetchSettings settings, FetchRequest request, URI firstUrl) {
        this.client = client;
        this.settings = settings;
        this.failures = new FailureTranslator(settings);
        this.request = request;
        this.firstUrl = firstUrl;
        this.authorization = FetchUrls.basicAuthorization(firstUrl);
    }

    /** Starts the fetch; the future completes with the result or a {@link FetchException}. */
    CompletableFuture<FetchResult> start() {
        Scheduler.Task deadline = client.getScheduler().schedule(this::timeOut, settings.totalTimeout());
        result.whenComplete((value, failure) -> {
            deadline.cancel();
            if (failure instanceof CancellationException) {
                abortInFlight(failure);
            }
        });
        send(FetchUrls.withoutUserInfo(firstUrl), new Trail(0, true));
        return result;
    }

    private void timeOut() {
        FetchException timeout = new FetchException(Reason.TIMEOUT,
                "timed out: no complete response within " + Quantities.duration(settings.totalTimeout()));
        if (result.completeExceptionally(timeout)) {
            abortInFlight(timeout);
        }
    }

    /**
     * Stops the current hop when the caller no longer wants the result. Other outcomes leave it
     * alone: a hop still draining an error page lets its connection be reused.
     */
    private void abortInFlight(Throwable cause) {
        Request current = inFlight;
        if (current != null) {
            current.abort(cause);
        }
    }

    private void send(URI url, Trail trail) {
        if (result.isDone()) {
            return;
        }
        HopExchange exchange = new HopExchange(url, settings.maxBodyBytes());
        Request hop;
        try {
            hop = client.newRequest(url)
                    .followRedirects(false)
                    .idleTimeout(settings.idleTimeout().toMillis(), TimeUnit.MILLISECONDS)
                    .headers(headers -> addHeaders(headers, url))
                    .onResponseHeaders(exchange::onHeaders)
                    .onResponseContent(exchange::onContent);
        } catch (IllegalArgumentException e) {
            result.completeExceptionally(new FetchException(Reason.INVALID_URL, "cannot request " + url + ": " + e.getMessage(), e));
            return;
        }
        inFlight = hop;
        if (result.isDone()) {
            // Timed out or cancelled while this hop was prepared, so the abort reached the previous hop.
            return;
        }
        exchange.outcome().whenComplete((response, failure) -> {
            try {
                if (failure != null) {
                    result.completeExceptionally(failures.translate(failure, url));
                } else {
                    handle(response, trail);
                }
            } catch (FetchException e) {
                result.completeExceptionally(e);
            } catch (RuntimeException e) {
                // A callback must never leave the caller's future hanging.
                LOG.warn("Unexpected failure handling the response from {}", url, e);
                result.completeExceptionally(new FetchException(Reason.IO, "could not process the response from " + url.getHost(), e));
            }
        });
        LOG.debug("GET {} (redirect {})", url, trail.redirects());
        hop.send(exchange::onComplete);
    }

    private void addHeaders(HttpFields.Mutable headers, URI url) {
        headers.put(HttpHeader.ACCEPT, request.accept() != null ? request.accept() : "*/*");
        headers.put(HttpHeader.ACCEPT_ENCODING, ContentDecoding.ACCEPTED);
        // Validators go to every hop: a feed behind a temporary redirect can still answer 304.
        if (request.etag() != null) {
            headers.put(HttpHeader.IF_NONE_MATCH, request.etag());
        }
        if (request.lastModified() != null) {
            headers.put(HttpHeader.IF_MODIFIED_SINCE, request.lastModified());
        }
        if (authorization != null && FetchUrls.sameOrigin(url, firstUrl)) {
            headers.put(HttpHeader.AUTHORIZATION, authorization);
        }
    }

    private void handle(HopResponse response, Trail trail) throws FetchException {
        int status = response.status();
        if (REDIRECTS.contains(status)) {
            follow(response, trail);
        } else if (HttpStatus.isSuccess(status) || status == HttpStatus.NOT_MODIFIED_304) {
            result.complete(toResult(response, trail));
        } else {
            throw FetchException.httpStatus(status, response.reason(), CacheHeaders.retryAfter(response.headers(), Instant.now()));
        }
    }

    private void follow(HopResponse response, Trail trail) throws FetchException {
        String location = response.headers().get(HttpHeader.LOCATION);
        if (location == null || location.isBlank()) {
            throw FetchException.redirectWithoutLocation(response.status(), response.reason());
        }
        if (trail.redirects() >= settings.maxRedirects()) {
            throw new FetchException(Reason.TOO_MANY_REDIRECTS, "more than " + settings.maxRedirects() + " redirects");
        }
        URI next = FetchUrls.resolveRedirect(response.url(), location);
        LOG.debug("{} {} redirects to {}", response.status(), response.url(), next);
        send(FetchUrls.withoutUserInfo(next), trail.after(response.status()));
    }

    private FetchResult toResult(HopResponse response, Trail trail) {
        HttpFields headers = response.headers();
        boolean notModified = response.status() == HttpStatus.NOT_MODIFIED_304;
        String etag = headers.get(HttpHeader.ETAG);
        String lastModified = headers.get(HttpHeader.LAST_MODIFIED);
        if (notModified) {
            // A 304 may omit validators; the ones sent are still current.
            etag = etag != null ? etag : request.etag();
            lastModified = lastModified != null ? lastModified : request.lastModified();
        }
        return new FetchResult(
                request.url(),
                finalUrl(response.url()).toString(),
                response.status(),
                notModified,
                notModified ? new byte[0] : response.body(),
                headers.get(HttpHeader.CONTENT_TYPE),
                etag,
                lastModified,
                trail.permanentRedirect(),
                CacheHeaders.parse(headers, Instant.now()),
                LinkHeaders.parse(headers.getValuesList(HttpHeader.LINK), response.url()));
    }

    /** Keeps the credentials on a final URL of the original origin, so storing it keeps working. */
    private URI finalUrl(URI url) {
        return firstUrl.getRawUserInfo() != null && FetchUrls.sameOrigin(url, firstUrl)
                ? FetchUrls.withUserInfo(url, firstUrl.getRawUserInfo())
                : url;
    }
}
