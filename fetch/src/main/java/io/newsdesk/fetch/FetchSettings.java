package io.newsdesk.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Fetcher} behaves on the network: who it says it is, how long it waits, how much it
 * reads and where it may connect.
 *
 * <p>Use {@link #defaults()} or {@link #builder()}; every component is validated on construction.
 *
 * @param userAgent the User-Agent header sent with every request
 * @param connectTimeout how long DNS resolution and the TCP/TLS connect may take
 * @param idleTimeout how long the connection may stay silent (no bytes either way) mid-request
 * @param totalTimeout how long a whole fetch may take, redirects included; it also stops servers
 *     that trickle a byte now and then to defeat the idle timeout
 * @param maxBodyBytes the largest body accepted, checked against both the bytes on the wire and the
 *     decompressed bytes, so compression bombs stop at the limit
 * @param maxRedirects how many redirects one fetch follows before giving up
 * @param allowPrivateNetworks {@code true} to allow loopback, private and other non-public addresses
 *     (for self-hosted feeds on the local network); {@code false} refuses them
 * @param maxConnectionsPerHost how many connections are opened to one host at a time; further
 *     requests to that host queue
 * @param maxQueuedRequestsPerHost how many requests may wait for a connection to one host; beyond
 *     that a fetch fails at once instead of joining an ever longer queue. Callers that bound their
 *     own concurrency (the poller) never come near it; it stops a runaway caller from piling up
 *     requests that would only time out.
 * @param maxHeaderBytes the largest response head (status line and headers) accepted; a server
 *     sending more, or sending headers without end, fails the fetch
 */
public record FetchSettings(
        String userAgent,
        Duration connectTimeout,
        Duration idleTimeout,
        Duration totalTimeout,
        long maxBodyBytes,
        int maxRedirects,
        boolean allowPrivateNetworks,
        int maxConnectionsPerHost,
        int maxQueuedRequestsPerHost,
        int maxHeaderBytes) {

    /** The User-Agent used unless another is configured. */
    public static final String DEFAULT_USER_AGENT = "Newsdesk/0.1 (+self-hosted news reader)";

    /** Below this, ordinary responses with a few cookies and caching headers would fail. */
    private static final int MIN_HEADER_BYTES = 4 * 1024;

    private static final FetchSettings DEFAULTS = new Builder().build();

    /**
     * Validates every component.
     *
     * @throws IllegalArgumentException when a component is out of range, naming it
     * @throws NullPointerException when a component is {@code null}
     */
    public FetchSettings {
        Objects.requireNonNull(userAgent, "userAgent");
        if (userAgent.isBlank() || userAgent.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("userAgent must be non-blank text without control characters");
        }
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(idleTimeout, "idleTimeout");
        requirePositive(totalTimeout, "totalTimeout");
        if (maxBodyBytes <= 0) {
            throw new IllegalArgumentException("maxBodyBytes must be positive, was " + maxBodyBytes);
        }
        if (maxRedirects < 0) {
            throw new IllegalArgumentException("maxRedirects must not be negative, was " + maxRedirects);
        }
        if (maxConnectionsPerHost < 1) {
            throw new IllegalArgumentException("maxConnectionsPerHost must be at least 1, was " + maxConnectionsPerHost);
        }
        if (maxQueuedRequestsPerHost < 1) {
            throw new IllegalArgumentException(
                    "maxQueuedRequestsPerHost must be at least 1, was " + maxQueuedRequestsPerHost);
        }
        if (maxHeaderBytes < MIN_HEADER_BYTES) {
            throw new IllegalArgumentException(
                    "maxHeaderBytes must be at least " + MIN_HEADER_BYTES + ", was " + maxHeaderBytes);
        }
    }

    /**
     * Returns the defaults: 10 s connect, 20 s idle, 60 s total, 10 MiB bodies, 5 redirects, public
     * networks only, 2 connections and 64 waiting requests per host, 64 KiB of response headers.
     */
    public static FetchSettings defaults() {
        return DEFAULTS;
    }

    /** Returns a builder preset with the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** Returns a builder preset with these settings, to derive a variant. */
    public Builder toBuilder() {
        return new Builder()
                .userAgent(userAgent)
                .connectTimeout(connectTimeout)
                .idleTimeout(idleTimeout)
                .totalTimeout(totalTimeout)
                .maxBodyBytes(maxBodyBytes)
                .maxRedirects(maxRedirects)
                .allowPrivateNetworks(allowPrivateNetworks)
                .maxConnectionsPerHost(maxConnectionsPerHost)
                .maxQueuedRequestsPerHost(maxQueuedRequestsPerHost)
                .maxHeaderBytes(maxHeaderBytes);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, was " + duration);
        }
    }

    /** Builds {@link FetchSettings}; starts from the defaults. Not thread-safe. */
    public static final class Builder {
        private String userAgent = DEFAULT_USER_AGENT;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration idleTimeout = Duration.ofSeconds(20);
        private Duration totalTimeout = Duration.ofSeconds(60);
        private long maxBodyBytes = 10L * 1024 * 1024;
        private int maxRedirects = 5;
        private boolean allowPrivateNetworks;
        private int maxConnectionsPerHost = 2;
        private int maxQueuedRequestsPerHost = 64;
        private int maxHeaderBytes = 64 * 1024;

        private Builder() {}

        /** Sets the User-Agent header value. */
        public Builder userAgent(String value) {
            this.userAgent = value;
            return this;
        }

        /** Sets the limit for DNS resolution and connecting. */
        public Builder connectTimeout(Duration value) {
            this.connectTimeout = value;
            return this;
        }

        /** Sets how long a connection may stay silent mid-request. */
        public Builder idleTimeout(Duration value) {
            this.idleTimeout = value;
            return this;
        }

        /** Sets the limit for a whole fetch, redirects included. */
        public Builder totalTimeout(Duration value) {
            this.totalTimeout = value;
            return this;
        }

        /** Sets the largest body accepted, compressed or decompressed. */
        public Builder maxBodyBytes(long value) {
            this.maxBodyBytes = value;
            return this;
        }

        /** Sets how many redirects one fetch follows. */
        public Builder maxRedirects(int value) {
            this.maxRedirects = value;
            return this;
        }

        /** Sets whether non-public addresses (loopback, private, link-local, ...) may be fetched. */
        public Builder allowPrivateNetworks(boolean value) {
            this.allowPrivateNetworks = value;
            return this;
        }

        /** Sets how many connections are opened to one host at a time. */
        public Builder maxConnectionsPerHost(int value) {
            this.maxConnectionsPerHost = value;
            return this;
        }

        /** Sets how many requests may wait for a connection to one host. */
        public Builder maxQueuedRequestsPerHost(int value) {
            this.maxQueuedRequestsPerHost = value;
            return this;
        }

        /** Sets the largest response head (status line and headers) accepted. */
        public Builder maxHeaderBytes(int value) {
            this.maxHeaderBytes = value;
            return this;
        }

        /**
         * Returns the settings.
         *
         * @throws IllegalArgumentException when a value is out of range
         */
        public FetchSettings build() {
            return new FetchSettings(
                    userAgent,
                    connectTimeout,
                    idleTimeout,
                    totalTimeout,
                    maxBodyBytes,
                    maxRedirects,
                    allowPrivateNetworks,
                    maxConnectionsPerHost,
                    maxQueuedRequestsPerHost,
                    maxHeaderBytes);
        }
    }
}
