package io.newsdesk.service;

import io.newsdesk.service.websub.PublicUrl;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * How to open Newsdesk: where its data lives and how it talks to the network.
 *
 * @param dataDir the data folder: the SQLite database (unless {@code databaseUrl} is set) and the
 *     search index live here
 * @param databaseUrl a JDBC or {@code postgresql://} URL, or {@code null} for SQLite in the data folder
 * @param allowPrivateNetworks whether feeds may live on loopback, private or link-local addresses
 * @param minPollInterval the shortest interval between two checks of one feed
 * @param maxPollInterval the longest interval between two checks of a healthy feed
 * @param pollConcurrency how many feeds are fetched at once in all (the global bound)
 * @param perHostConcurrency how many feeds are fetched at once from any one host, so that no site
 *     is hammered however many of its feeds are due
 * @param clock the time source (tests pin it)
 * @param publicUrl where WebSub hubs reach this Newsdesk (its address behind any reverse proxy), or
 *     {@code null}: then Newsdesk subscribes to no hub and polls every feed
 */
public record NewsdeskConfig(
        Path dataDir,
        String databaseUrl,
        boolean allowPrivateNetworks,
        Duration minPollInterval,
        Duration maxPollInterval,
        int pollConcurrency,
        int perHostConcurrency,
        Clock clock,
        PublicUrl publicUrl) {

    public NewsdeskConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(minPollInterval, "minPollInterval");
        Objects.requireNonNull(maxPollInterval, "maxPollInterval");
        Objects.requireNonNull(clock, "clock");
        if (minPollInterval.isNegative() || minPollInterval.compareTo(maxPollInterval) > 0) {
            throw new IllegalArgumentException("poll interval bounds must satisfy 0 <= min <= max");
        }
        if (pollConcurrency < 1) {
            throw new IllegalArgumentException("poll concurrency must be at least 1");
        }
        if (perHostConcurrency < 1) {
            throw new IllegalArgumentException("per-host concurrency must be at least 1");
        }
    }

    /**
     * The defaults for a data folder: SQLite, public networks only, checks every 10 min to 24 h,
     * 8 feeds fetched at once in all and 2 from any one host.
     */
    public static NewsdeskConfig defaults(Path dataDir) {
        return new NewsdeskConfig(
                dataDir, null, false, Duration.ofMinutes(10), Duration.ofHours(24),
                8, 2, Clock.systemUTC(), null);
    }

    public NewsdeskConfig withDatabaseUrl(String url) {
        return new NewsdeskConfig(
                dataDir, url, allowPrivateNetworks, minPollInterval, maxPollInterval,
                pollConcurrency, perHostConcurrency, clock, publicUrl);
    }

    public NewsdeskConfig withAllowPrivateNetworks(boolean allow) {
        return new NewsdeskConfig(
                dataDir, databaseUrl, allow, minPollInterval, maxPollInterval,
                pollConcurrency, perHostConcurrency, clock, publicUrl);
    }

    public NewsdeskConfig withClock(Clock newClock) {
        return new NewsdeskConfig(
                dataDir, databaseUrl, allowPrivateNetworks, minPollInterval, maxPollInterval,
                pollConcurrency, perHostConcurrency, newClock, publicUrl);
    }

    public NewsdeskConfig withPollIntervals(Duration min, Duration max) {
        return new NewsdeskConfig(
                dataDir, databaseUrl, allowPrivateNetworks, min, max,
                pollConcurrency, perHostConcurrency, clock, publicUrl);
    }

    /**
     * This configuration with other concurrency bounds.
     *
     * @param global how many feeds are fetched at once in all
     * @param perHost how many feeds are fetched at once from any one host
     */
    public NewsdeskConfig withPollConcurrency(int global, int perHost) {
        return new NewsdeskConfig(
                dataDir, databaseUrl, allowPrivateNetworks, minPollInterval, maxPollInterval,
                global, perHost, clock, publicUrl);
    }

    /** This configuration with WebSub on ({@code url} not {@code null}) or off. */
    public NewsdeskConfig withPublicUrl(PublicUrl url) {
        return new NewsdeskConfig(
                dataDir, databaseUrl, allowPrivateNetworks, minPollInterval, maxPollInterval,
                pollConcurrency, perHostConcurrency, clock, url);
    }

    /** The JDBC location of the database: the configured URL, or SQLite in the data folder. */
    public String databaseLocation() {
        if (databaseUrl != null && !databaseUrl.isBlank()) {
            return databaseUrl;
        }
        return "jdbc:sqlite:" + dataDir.resolve("newsdesk.db").toAbsolutePath();
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }
}
