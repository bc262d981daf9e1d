package io.newsdesk.service.websub;

import io.newsdesk.fetch.AddressPolicy;
import io.newsdesk.fetch.FetchSettings;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.client.CompletableResponseListener;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.FormRequestContent;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.client.Request;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts subscription requests to hubs, which the feed fetcher (GET only) cannot: under the same
 * address policy as the fetcher, so a hub URL chosen by a feed's publisher cannot make Newsdesk
 * post into its own network, with timeouts and a bound on the answer read. Thread-safe.
 */
final class HubClient implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(HubClient.class);

    private static final Duration TIMEOUT = Duration.ofSeconds(30);
    /** Hubs answer requests with a status and at most a line of explanation. */
    private static final int MAX_ANSWER_BYTES = 64 * 1024;
    private static final int MAX_REDIRECTS = 5;
    private static final int EXCERPT_CHARS = 200;

    /**
     * A hub's answer, whatever its status.
     *
     * @param status the HTTP status of the final response
     * @param body the body
     */
    record Response(int status, byte[] body) {

        boolean successful() {
            return status >= 200 && status < 300;
        }

        /** What went wrong, for a status that is not a success: the status and the start of the body. */
        String failure() {
            String text = new String(body, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " ");
            String excerpt = text.length() > EXCERPT_CHARS ? text.substring(0, EXCERPT_CHARS) + "…" : text;
            return "HTTP " + status + (excerpt.isEmpty() ? "" : " (" + excerpt + ")");
        }
    }

    private final HttpClient client;

    /**
     * @throws IllegalStateException when the client cannot start
     */
    HubClient(AddressPolicy policy) {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("newsdesk-websub");
        threads.setDaemon(true);
        ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler("newsdesk-websub-scheduler", true);
        client = new HttpClient();
        client.setExecutor(threads);
        client.setScheduler(scheduler);
        client.setSocketAddressResolver(new AddressPolicyResolver(
                new SocketAddressResolver.Async(threads, scheduler, TIMEOUT.toMillis()), policy));
        // A hub may send a subscriber on to another hub (307/308); every hop connects through the
        // resolver above.
        client.setFollowRedirects(true);
        client.setMaxRedirects(MAX_REDIRECTS);
        client.setConnectTimeout(TIMEOUT.toMillis());
        client.setIdleTimeout(TIMEOUT.toMillis());
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, FetchSettings.DEFAULT_USER_AGENT));
        client.setHttpCookieStore(new HttpCookieStore.Empty());
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the WebSub HTTP client: " + e.getMessage(), e);
        }
    }

    /** Posts a form ({@code application/x-www-form-urlencoded}, UTF-8) and waits for the answer. */
    Response postForm(String url, Fields form) throws HubException {
        Request request;
        try {
            request = client.newRequest(url)
                    .method(HttpMethod.POST)
                    .body(new FormRequestContent(form, StandardCharsets.UTF_8))
                    .timeout(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (IllegalArgumentException e) {
            throw new HubException("'" + url + "' is not a valid URL", e);
        }
        CompletableFuture<ContentResponse> future = new CompletableResponseListener(request, MAX_ANSWER_BYTES).send();
        try {
            ContentResponse response = future.get();
            return new Response(response.getStatus(), response.getContent());
        } catch (ExecutionException e) {
            throw new HubException("could not reach the hub " + url + ": " + reason(e.getCause()), e.getCause());
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new HubException("interrupted while requesting " + url, e);
        }
    }

    private static String reason(Throwable failure) {
        if (failure instanceof TimeoutException) {
            return "no answer within " + TIMEOUT.toSeconds() + " s";
        }
        return failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
    }

    @Override
    public void close() {
        try {
            client.stop();
        } catch (Exception e) {
            log.warn("Could not stop the WebSub HTTP client cleanly", e);
        }
    }
}
