package io.newsdesk.service.testing;

import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.NewsdeskConfig;
import io.newsdesk.store.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;

/** Opens Newsdesk for tests: private networks allowed (fixture servers are on loopback), clock pinned. */
public final class TestNewsdesk {

    private TestNewsdesk() {}

    /** The configuration for a data folder with SQLite in it. */
    public static NewsdeskConfig config(Path dataDir, Clock clock) {
        return NewsdeskConfig.defaults(dataDir).withAllowPrivateNetworks(true).withClock(clock);
    }

    /** Newsdesk with SQLite in the data folder. */
    public static Newsdesk open(Path dataDir, Clock clock) {
        return Newsdesk.open(config(dataDir, clock));
    }

    /** Newsdesk on a test database (SQLite or PostgreSQL), with its search index in the data folder. */
    public static Newsdesk open(Path dataDir, TestDatabase database, Clock clock) {
        return Newsdesk.open(config(dataDir, clock).withDatabaseUrl(database.location()));
    }
}
