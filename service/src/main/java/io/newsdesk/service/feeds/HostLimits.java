package io.newsdesk.service.feeds;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;

/**
 * Bounds concurrent work on remote sites: at most {@code global} at once in all, and at most
 * {@code perHost} at once against any one host. Shared by everything in the process that talks to
 * remote sites (the poller, user actions, WebSub), so together they stay within the bounds.
 *
 * <p>Two ways in: {@link #run} waits for slots, for work that has nothing better to do; {@link
 * #tryReserve} never waits, for the poller, which rather turns to another host's feeds.
 */
public final class HostLimits {

    private final int global;
    private final int perHost;
    private final Semaphore globalSlots;
    private final ConcurrentHashMap<String, Semaphore> hostSlots = new ConcurrentHashMap<>();
    private final List<Consumer<String>> releaseListeners = new CopyOnWriteArrayList<>();

    /**
     * @param global how many at once in all
     * @param perHost how many at once against one host
     * @throws IllegalArgumentException when a bound is below 1
     */
    public HostLimits(int global, int perHost) {
        if (global < 1 || perHost < 1) {
            throw new IllegalArgumentException("concurrency bounds must be at least 1, were " + global + " and " + perHost);
        }
        this.global = global;
        this.perHost = perHost;
        this.globalSlots = new Semaphore(global);
    }

    /** How much work may run at once in all. */
    public int global() {
        return global;
    }

    /** How much work may run at once against one host. */
    public int perHost() {
        return perHost;
    }

    /** Work run within the limits; may throw a checked exception of its own. */
    @FunctionalInterface
    public interface Work<T, E extends Exception> {
        T get() throws E;
    }

    /**
     * Runs {@code work} once a slot for the URL's host and a global slot are free.
     *
     * @throws InterruptedException when interrupted while waiting for the slots
     * @throws E what the work throws
     */
    public <T, E extends Exception> T run(String url, Work<T, E> work) throws InterruptedException, E {
        String host = hostOf(url);
        // The host slot comes first: a thread waiting for a busy host must not sit on a global
        // slot that work against other hosts could use.
        Semaphore hostSlot = slotsOf(host);
        hostSlot.acquire();
        try {
            globalSlots.acquire();
        } catch (InterruptedException e) {
            hostSlot.release();
            throw e;
        }
        Slot slot = new Slot(host);
        try {
            return work.get();
        } finally {
            slot.close();
        }
    }

    /**
     * Takes a global slot if one is free, without waiting; the caller then picks a host for it.
     *
     * @return the reservation, or {@code null} when all global slots are taken
     */
    public Reservation tryReserve() {
        return globalSlots.tryAcquire() ? new Reservation() : null;
    }

    /**
     * Calls {@code listener} with the host each time a slot is released, on the releasing thread,
     * so a scheduler can turn to that host's waiting work. It must be quick and must not throw.
     */
    public void onRelease(Consumer<String> listener) {
        releaseListeners.add(listener);
    }

    /** The host of a URL as the limits count it: lower case, without port; an unparsable URL is its own host. */
    public static String hostOf(String url) {
        try {
            String host = URI.create(url).getHost();
            return host == null ? url : host.toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return url;
        }
    }

    private Semaphore slotsOf(String host) {
        return hostSlots.computeIfAbsent(host, h -> new Semaphore(perHost));
    }

    /** A global slot held until it is bound to a host or cancelled. */
    public final class Reservation {

        private boolean open = true;

        private Reservation() {}

        /**
         * Binds the reservation to a host when the host has a free slot.
         *
         * @return the slot pair, to close when the work is done; {@code null} when the host is
         *     busy, and the reservation stays open for another host
         * @throws IllegalStateException when the reservation was already bound or cancelled
         */
        public Slot claim(String host) {
            if (!open) {
                throw new IllegalStateException("the reservation was already used");
            }
            if (!slotsOf(host).tryAcquire()) {
                return null;
            }
            open = false;
            return new Slot(host);
        }

        /** Gives the global slot back unused; nothing happens after a successful {@link #claim}. */
        public void cancel() {
            if (open) {
                open = false;
                globalSlots.release();
            }
        }
    }

    /** A host slot and a global slot, held until closed. */
    public final class Slot implements AutoCloseable {

        private final String host;
        private boolean closed;

        private Slot(String host) {
            this.host = host;
        }

        /** The host this slot is for. */
        public String host() {
            return host;
        }

        /** Releases both slots; closing again does nothing. */
        @Override
        public void close() {
            synchronized (this) {
                if (closed) {
                    return;
                }
                closed = true;
            }
            globalSlots.release();
            slotsOf(host).release();
            releaseListeners.forEach(listener -> listener.accept(host));
        }
    }
}
