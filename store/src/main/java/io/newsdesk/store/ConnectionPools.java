package io.newsdesk.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Connection pools set up for Newsdesk's concurrency contract.
 *
 * <p>SQLite: the server and the command line may write to one file at the same time. WAL (see
 * {@link WalMode}) lets readers go on while one process writes; every transaction begins
 * IMMEDIATE, taking the write lock up front, so two writers queue on the busy timeout instead of
 * failing with SQLITE_BUSY when one of them would have to upgrade a read lock; {@code
 * synchronous=NORMAL} is durable across crashes of the application in WAL mode.
 */
final class ConnectionPools {

    /** How long a writer waits for another process's write transaction before giving up. */
    static final Duration SQLITE_BUSY_TIMEOUT = Duration.ofSeconds(30);

    private static final int SQLITE_POOL_SIZE = 4;
    private static final int POSTGRES_POOL_SIZE = 10;

    private ConnectionPools() {}

    /**
     * Opens a pool and checks that one connection can be made.
     *
     * @throws StoreException naming the location and the problem when no connection can be made
     */
    static HikariDataSource open(DatabaseLocation location) {
        HikariConfig config = switch (location.dialect()) {
            case SQLITE -> sqlite(location);
            case POSTGRESQL -> postgres(location);
        };
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            throw OpenFailures.explain(location, e.getCause() == null ? e : e.getCause());
        }
    }

    private static HikariConfig sqlite(DatabaseLocation location) {
        prepareFolder(location);
        SQLiteConfig sqlite = new SQLiteConfig();
        sqlite.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        sqlite.enforceForeignKeys(true);
        sqlite.setBusyTimeout(Math.toIntExact(SQLITE_BUSY_TIMEOUT.toMillis()));
        sqlite.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        // The journal mode is a property of the file: set once here, not on every new connection.
        WalMode.enable(location, sqlite);
        SQLiteDataSource dataSource = new SQLiteDataSource(sqlite);
        dataSource.setUrl(location.jdbcUrl());

        HikariConfig config = new HikariConfig();
        config.setPoolName("newsdesk-sqlite");
        config.setDataSource(dataSource);
        config.setMaximumPoolSize(SQLITE_POOL_SIZE);
        config.setMinimumIdle(1);
        // A writer may wait for the busy timeout; the pool must not give up on a connection sooner.
        config.setConnectionTimeout(SQLITE_BUSY_TIMEOUT.plusSeconds(5).toMillis());
        return config;
    }

    private static HikariConfig postgres(DatabaseLocation location) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("newsdesk-postgresql");
        config.setJdbcUrl(location.jdbcUrl());
        config.setUsername(location.user());
        config.setPassword(location.password());
        config.setMaximumPoolSize(POSTGRES_POOL_SIZE);
        config.setMinimumIdle(2);
        config.addDataSourceProperty("ApplicationName", "newsdesk");
        return config;
    }

    /** Creates the SQLite file's folder, so that a fresh data folder just works. */
    private static void prepareFolder(DatabaseLocation location) {
        Path file = location.sqliteFile();
        if (Files.isDirectory(file)) {
            throw new StoreException("cannot open database at " + file + ": it is a folder, not a database file");
        }
        Path folder = file.getParent();
        try {
            Files.createDirectories(folder);
        } catch (AccessDeniedException e) {
            throw new StoreException("cannot open database at " + file + ": no permission to create the folder "
                    + e.getFile(), e);
        } catch (IOException e) {
            Path inTheWay = nearestExisting(folder);
            String reason = inTheWay != null && !Files.isDirectory(inTheWay)
                    ? inTheWay + " is a file, not a folder"
                    : String.valueOf(e.getMessage());
            throw new StoreException("cannot open database at " + file + ": cannot create the folder " + folder
                    + " because " + reason, e);
        }
    }

    private static Path nearestExisting(Path path) {
        for (Path candidate = path; candidate != null; candidate = candidate.getParent()) {
            if (Files.exists(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
