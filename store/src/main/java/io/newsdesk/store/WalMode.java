package io.newsdesk.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Puts an SQLite file into write-ahead-log mode, which it then keeps for every later connection.
 *
 * <p>A new file starts with a rollback journal, and switching needs a moment of exclusive access.
 * When several processes open a new data folder together, SQLite refuses the switch at once
 * rather than wait for the busy timeout (waiting could deadlock), so the switch is retried until
 * the busy timeout has passed.
 */
final class WalMode {

    private static final Duration RETRY_PAUSE = Duration.ofMillis(20);

    private WalMode() {}

    static void enable(DatabaseLocation location, SQLiteConfig connectionConfig) {
        SQLiteDataSource dataSource = new SQLiteDataSource(connectionConfig);
        dataSource.setUrl(location.jdbcUrl());
        Instant deadline = Instant.now().plus(ConnectionPools.SQLITE_BUSY_TIMEOUT);
        while (true) {
            try {
                requireWal(location, switchToWal(dataSource));
                return;
            } catch (SQLException e) {
                if (!SqlErrors.isBusyTimeout(e) || Instant.now().isAfter(deadline)) {
                    throw OpenFailures.explain(location, e);
                }
            }
            pause(location);
        }
    }

    private static String switchToWal(SQLiteDataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet mode = statement.executeQuery("PRAGMA journal_mode = WAL")) {
            mode.next();
            return mode.getString(1);
        }
    }

    private static void requireWal(DatabaseLocation location, String mode) {
        if (!"wal".equalsIgnoreCase(mode)) {
            // SQLite keeps the old mode where WAL is impossible, such as on most network file systems.
            throw new StoreException("cannot open database at " + location + ": SQLite cannot use write-ahead "
                    + "logging for this file (it stays in '" + mode + "' mode); put the data folder on a local disk");
        }
    }

    private static void pause(DatabaseLocation location) {
        try {
            Thread.sleep(RETRY_PAUSE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("cannot open database at " + location + ": interrupted", e);
        }
    }
}
