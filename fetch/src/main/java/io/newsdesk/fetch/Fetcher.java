package io.newsdesk.fetch;

import io.newsdesk.fetch.FetchException.Reason;
import java.net.URI;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.client.HttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches feeds and pages over HTTP(S): politely (a clear User-Agent, conditional GET, a few
 * connections per host), boundedly (timeouts, a size limit that also applies after decompression,
 * a redirect limit) and safely (only http/https, and by default only public internet addresses,
 * checked on every redirect hop at connect time).
 *
 * <p>One instance holds one HTTP client with its connection pools and threads; share it and
 * {@link #close()} it when done. It is thread-safe.
 *
 * <p>Futures from {@link #fetchAsync} complete on the client's threads; run slow follow-up work with
 * the {@code *Async} stages of {@link CompletableFuture} on an executor of your own.
 */
public final class Fetcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Fetcher.class);

    private final FetchSettings settings;
    private final HttpClient client;

    /**
     * Creates a fetcher with the address policy the settings ask for.
     *
     * @throws IllegalStateException when the HTTP client cannot start
     */
    public Fetcher(FetchSettings settings) {
        this(settings, AddressPolicy.forSettings(settings));
    }

    /** Creates a fetcher with a custom address policy, for tests. */
    Fetcher(FetchSettings settings, AddressPolicy policy) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.client = HttpClientFactory.start(settings, Objects.requireNonNull(policy, "policy"));
    }

    /** Returns the settings this fetcher applies. */
    public FetchSettings settings() {
        return settings;
    }

    /**
     * Fetches and waits for the result.
     *
     * @return a 2xx response with its body, or a 304 Not Modified
     * @throws FetchException for anything else: an invalid URL, a refused address, a network failure,
     *     a timeout, a body over the limit, too many redirects or an HTTP error status; also when the
     *     calling thread is interrupted (the interrupt flag stays set)
     */
    public FetchResult fetch(FetchRequest request) throws FetchException {
        CompletableFuture<FetchResult> future = fetchAsync(request);
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof FetchException fetchException
                    ? fetchException
                    : new FetchException(Reason.IO, "fetch of " + request.url() + " failed", e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException(Reason.IO, "interrupted while fetching " + request.url(), e);
        }
    }

    /**
     * Starts a fetch. The future completes with the result or exceptionally with a
     * {@link FetchException} (never any other exception); cancelling it aborts the fetch.
     */
    public CompletableFuture<FetchResult> fetchAsync(FetchRequest request) {
        Objects.requireNonNull(request, "request");
        if (!client.isRunning()) {
            return CompletableFuture.failedFuture(new FetchException(Reason.IO, "the fetcher is closed"));
        }
        URI url;
        try {
            url = FetchUrls.parse(request.url());
        } catch (FetchException e) {
            return CompletableFuture.failedFuture(e);
        }
        try {
            return new FetchConversation(client, settings, request, url).start();
        } catch (RuntimeException e) {
            // Expected only when the client is stopped between the check above and the start.
            if (!client.isRunning()) {
                return CompletableFuture.failedFuture(new FetchException(Reason.IO, "the fetcher is closed", e));
            }
            LOG.warn("Could not start fetching {}", request.url(), e);
            return CompletableFuture.failedFuture(new FetchException(Reason.IO, "could not start fetching " + request.url(), e));
        }
    }

    /** Aborts fetches in flight and releases connections and threads. */
    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception e) {
            LOG.warn("Could not stop the HTTP client cleanly", e);
        }
    }
}
