package io.newsdesk.bench.db;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.store.DatabaseLocation;
import io.newsdesk.store.Dialect;
import io.newsdesk.store.StoreException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A PostgreSQL server: every run gets a schema of its own, dropped afterwards, so runs never see
 * each other's rows and the server needs no superuser rights beyond creating schemas.
 */
final class PostgresTarget implements DatabaseTarget {

    private final String url;
    private final DatabaseLocation admin;
    private final String description;

    private PostgresTarget(String url, DatabaseLocation admin, String description) {
        this.url = url;
        this.admin = admin;
        this.description = description;
    }

    /** Connects to the server once, to check it answers and to describe it. */
    static PostgresTarget connect(String url) throws BenchmarkException {
        DatabaseLocation admin;
        try {
            admin = DatabaseLocation.parse(url);
        } catch (StoreException e) {
            throw new BenchmarkException(e.getMessage(), e);
        }
        try (Connection connection = open(admin)) {
            String description = "PostgreSQL " + setting(connection, "server_version")
                    + " at " + admin.server()
                    + " (fsync=" + setting(connection, "fsync")
                    + ", synchronous_commit=" + setting(connection, "synchronous_commit")
                    + ", shared_buffers=" + setting(connection, "shared_buffers") + ")";
            return new PostgresTarget(url, admin, description);
        } catch (SQLException e) {
            throw new BenchmarkException("cannot connect to PostgreSQL at " + admin + ": " + e.getMessage(), e);
        }
    }

    private static Connection open(DatabaseLocation location) throws SQLException {
        return DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
    }

    private static String setting(Connection connection, String name) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SHOW " + name)) {
            result.next();
            return result.getString(1);
        }
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public RunDatabase create(Path runDir, String name) throws BenchmarkException {
        String schema = "bench_" + name.replaceAll("[^a-z0-9_]", "_") + "_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
        execute("CREATE SCHEMA " + schema);
        String location = url + (url.contains("?") ? "&" : "?") + "currentSchema="
                + URLEncoder.encode(schema, StandardCharsets.UTF_8);
        DatabaseLocation parsed = DatabaseLocation.parse(location);
        return new RunDatabase() {
            @Override
            public String location() {
                return location;
            }

            @Override
            public Dialect dialect() {
                return Dialect.POSTGRESQL;
            }

            @Override
            public Connection connect() throws SQLException {
                return open(parsed);
            }

            @Override
            public long sizeBytes() throws BenchmarkException {
                return schemaSize(schema);
            }

            @Override
            public void close() throws BenchmarkException {
                execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        };
    }

    /** Tables of the schema with their indexes and TOAST data. */
    private long schemaSize(String schema) throws BenchmarkException {
        String sql = "SELECT COALESCE(SUM(pg_total_relation_size(c.oid)), 0) FROM pg_class c "
                + "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ? AND c.relkind IN ('r', 'm')";
        try (Connection connection = open(admin); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, schema);
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new BenchmarkException("cannot measure schema " + schema + " on " + admin + ": " + e.getMessage(), e);
        }
    }

    private void execute(String sql) throws BenchmarkException {
        try (Connection connection = open(admin); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new BenchmarkException("cannot run '" + sql + "' on " + admin + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        // The server is not ours to stop.
    }
}
