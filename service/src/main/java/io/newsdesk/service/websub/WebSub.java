package io.newsdesk.service.websub;

import io.newsdesk.fetch.AddressPolicy;
import io.newsdesk.fetch.Fetcher;
import io.newsdesk.service.NewsdeskConfig;
import io.newsdesk.service.feeds.FeedRefresher;
import io.newsdesk.service.feeds.HostLimits;
import io.newsdesk.store.Database;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * WebSub, the subscriber side: feeds whose publishers name a hub are pushed by that hub instead
 * of being polled often.
 *
 * <p>The callbacks always answer, so deliveries for subscriptions made earlier keep being stored.
 * Subscribing needs the address hubs reach Newsdesk at ({@link NewsdeskConfig#publicUrl()}): with
 * it, a background thread finds hubs, subscribes, renews leases and unsubscribes feeds that were
 * removed; without it, WebSub stays off and every feed is polled.
 */
public final class WebSub implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(WebSub.class);
    private static final Duration ROUND_INTERVAL = Duration.ofSeconds(30);

    private final WebSubCallbacks callbacks;
    private final HubClient client;
    private final SubscriptionKeeper keeper;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition wake = lock.newCondition();
    private volatile boolean running;
    private Thread thread;

    private WebSub(WebSubCallbacks callbacks, HubClient client, SubscriptionKeeper keeper) {
        this.callbacks = callbacks;
        this.client = client;
        this.keeper = keeper;
    }

    /**
     * WebSub for one Newsdesk.
     *
     * @param fetcher fetches feeds to read their hub links
     * @param refresher stores deliveries as polls store fetched documents
     * @param limits the per-host bounds requests to hubs and feeds share with polling
     */
    public static WebSub create(NewsdeskConfig config, Database database, Fetcher fetcher, FeedRefresher refresher,
            HostLimits limits) {
        WebSubCallbacks callbacks = new WebSubCallbacks(database, refresher, config.clock(), config.maxPollInterval());
        if (config.publicUrl() == null) {
            return new WebSub(callbacks, null, null);
        }
        HubClient client = new HubClient(config.allowPrivateNetworks()
                ? AddressPolicy.allowAll() : AddressPolicy.publicInternetOnly());
        SubscriptionKeeper keeper = new SubscriptionKeeper(database.websub(), new HubDiscovery(fetcher),
                new HubRequests(client, config.publicUrl(), WebSubSchedule.REQUESTED_LEASE), limits, config.clock(),
                config.maxPollInterval());
        return new WebSub(callbacks, client, keeper);
    }

    /** What the callback URLs answer. */
    public WebSubCallbacks callbacks() {
        return callbacks;
    }

    /** Whether Newsdesk subscribes to hubs (it knows its public URL). */
    public boolean enabled() {
        return keeper != null;
    }

    /** Starts keeping subscriptions in the background, when enabled. */
    public synchronized void start() {
        if (keeper == null || running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform().daemon().name("newsdesk-websub").start(this::keep);
    }

    /** Looks for work now instead of at the next round (after feeds were added or removed). */
    public void wakeUp() {
        lock.lock();
        try {
            wake.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** One round of subscription keeping, now; see {@link SubscriptionKeeper#runOnce()}. */
    boolean runOnce() {
        return keeper.runOnce();
    }

    private void keep() {
        while (running) {
            boolean more;
            try {
                more = runOnce();
            } catch (RuntimeException e) {
                log.error("WebSub round failed; retrying shortly", e);
                more = false;
            }
            if (!more) {
                sleep();
            }
        }
    }

    private void sleep() {
        lock.lock();
        try {
            if (running) {
                wake.await(ROUND_INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } finally {
            lock.unlock();
        }
    }

    /** Stops the background work and the HTTP client; callbacks keep answering. */
    @Override
    public void close() {
        running = false;
        Thread stopping;
        synchronized (this) {
            stopping = thread;
        }
        if (stopping != null) {
            stopping.interrupt();
            try {
                stopping.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (client != null) {
            client.close();
        }
    }
}
