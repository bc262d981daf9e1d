package io.newsdesk.bench.db;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.store.Dialect;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** SQLite files in each run's folder: Newsdesk's default. */
final class SqliteTarget implements DatabaseTarget {

    // A database file and the write-ahead log and shared-memory files beside it while open.
    private static final String[] FILE_SUFFIXES = {"", "-wal", "-shm", "-journal"};

    private final String version;

    private SqliteTarget(String version) {
        this.version = version;
    }

    static SqliteTarget open() throws BenchmarkException {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite::memory:");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT sqlite_version()")) {
            result.next();
            return new SqliteTarget(result.getString(1));
        } catch (SQLException e) {
            throw new BenchmarkException("cannot load SQLite: " + e.getMessage(), e);
        }
    }

    @Override
    public String description() {
        return "SQLite " + version + " (WAL, synchronous=NORMAL), a file on the local disk";
    }

    @Override
    public RunDatabase create(Path runDir, String name) {
        Path file = runDir.resolve(name + ".db").toAbsolutePath();
        return new RunDatabase() {
            @Override
            public String location() {
                return "jdbc:sqlite:" + file;
            }

            @Override
            public Dialect dialect() {
                return Dialect.SQLITE;
            }

            @Override
            public Connection connect() throws SQLException {
                return DriverManager.getConnection(location());
            }

            @Override
            public long sizeBytes() throws BenchmarkException {
                long bytes = 0;
                for (String suffix : FILE_SUFFIXES) {
                    Path part = file.resolveSibling(file.getFileName() + suffix);
                    try {
                        bytes += Files.exists(part) ? Files.size(part) : 0;
                    } catch (IOException e) {
                        throw new BenchmarkException("cannot read the size of " + part + ": " + e.getMessage(), e);
                    }
                }
                return bytes;
            }

            @Override
            public void close() {
                // The file lives in the run's folder, which the benchmark deletes.
            }
        };
    }

    @Override
    public void close() {
        // Nothing was started.
    }
}
