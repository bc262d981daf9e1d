package io.newsdesk.service.feeds;

import java.net.URI;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * Bounds concurrent work on remote sites: at most {@code global} at once in all, and at most
 * {@code perHost} at once against any one host.
 */
public final class HostLimits {

    private final Semaphore global;
    private final int perHost;
    private final ConcurrentHashMap<String, Semaphore> hosts = new ConcurrentHashMap<>();

    public HostLimits(int global, int perHost) {
        this.global = new Semaphore(global);
        this.perHost = perHost;
    }

    /** Runs {@code work} once a slot for the URL's host and a global slot are free. */
    public <T> T run(String url, Supplier<T> work) throws InterruptedException {
        // The host slot comes first: a thread waiting for a busy host must not sit on a global
        // slot that work against other hosts could use.
        Semaphore host = hosts.computeIfAbsent(hostOf(url), h -> new Semaphore(perHost));
        host.acquire();
        try {
            global.acquire();
            try {
                return work.get();
            } finally {
                global.release();
            }
        } finally {
            host.release();
        }
    }

    static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }
}
