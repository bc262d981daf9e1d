package io.newsdesk.fetch;

import java.time.Duration;
import org.eclipse.jetty.client.HttpClient;
import org.eclipse.jetty.http.HttpCookieStore;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.util.SocketAddressResolver;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/** Configures the Jetty client behind a {@link Fetcher}. */
final class HttpClientFactory {

    /**
     * Destinations (one per scheme, host and port) are forgotten after this long unused, so polling
     * thousands of hosts does not keep thousands of idle connection pools.
     */
    private static final Duration DESTINATION_IDLE_TIMEOUT = Duration.ofMinutes(2);

    private HttpClientFactory() {}

    /**
     * Returns a started client.
     *
     * @throws IllegalStateException when the client cannot start (threads or selectors unavailable)
     */
    static HttpClient start(FetchSettings settings, AddressPolicy policy) {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("newsdesk-fetch");
        threads.setDaemon(true);
        ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler("newsdesk-fetch-scheduler", true);

        HttpClient client = new HttpClient();
        client.setName("newsdesk-fetch");
        client.setExecutor(threads);
        client.setScheduler(scheduler);
        client.setSocketAddressResolver(new PolicyEnforcingResolver(
                new SocketAddressResolver.Async(threads, scheduler, settings.connectTimeout().toMillis()),
                policy,
                settings.connectTimeout()));
        // Redirects are followed by FetchConversation, which checks every hop.
        client.setFollowRedirects(false);
        client.setConnectTimeout(settings.connectTimeout().toMillis());
        client.setIdleTimeout(settings.idleTimeout().toMillis());
        client.setMaxConnectionsPerDestination(settings.maxConnectionsPerHost());
        // Jetty's own default queue (1024 per destination) would be a second, hidden backlog
        // behind the callers' limits, where requests wait while their total timeout runs.
        client.setMaxRequestsQueuedPerDestination(settings.maxQueuedRequestsPerHost());
        // Unset, the client reads response headers without any limit.
        client.setMaxResponseHeadersSize(settings.maxHeaderBytes());
        client.setDestinationIdleTimeout(DESTINATION_IDLE_TIMEOUT.toMillis());
        client.setUserAgentField(new HttpField(HttpHeader.USER_AGENT, settings.userAgent()));
        // Feeds are fetched anonymously; cookies from one would otherwise follow later requests.
        client.setHttpCookieStore(new HttpCookieStore.Empty());
        try {
            client.start();
        } catch (Exception e) {
            throw new IllegalStateException("could not start the HTTP client: " + e.getMessage(), e);
        }
        // Bodies are decoded by ContentDecoding under the size limit; the client must hand over the raw bytes.
        client.getContentDecoderFactories().clear();
        return client;
    }
}
