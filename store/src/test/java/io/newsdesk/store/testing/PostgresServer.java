package io.newsdesk.store.testing;

import io.newsdesk.store.DatabaseLocation;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The PostgreSQL server tests run against: the one named by {@value TestDatabases#POSTGRES_URL_VARIABLE}
 * when it is set (CI installs Debian's PostgreSQL), else an embedded server started once per JVM.
 * Each test database is a fresh schema in it.
 */
final class PostgresServer {

    private static PostgresServer instance;

    private final String url;
    private final DatabaseLocation admin;

    private PostgresServer(String url) {
        this.url = url;
        this.admin = DatabaseLocation.parse(url);
    }

    static synchronized PostgresServer get() {
        if (instance == null) {
            String configured = System.getenv(TestDatabases.POSTGRES_URL_VARIABLE);
            instance = new PostgresServer(
                    configured != null && !configured.isBlank() ? configured.strip() : startEmbedded());
        }
        return instance;
    }

    private static String startEmbedded() {
        try {
            // Runs until the JVM exits; the library stops it from a shutdown hook.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
            return postgres.getJdbcUrl("postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start embedded PostgreSQL (set "
                    + TestDatabases.POSTGRES_URL_VARIABLE + " to use a running server)", e);
        }
    }

    /** Creates an empty schema with a new name and returns the name. */
    String createSchema() {
        String schema = "newsdesk_test_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        execute("CREATE SCHEMA " + schema);
        return schema;
    }

    /** A location, in the style of the configured URL, whose connections work in the schema. */
    String location(String schema) {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema="
                + URLEncoder.encode(schema, StandardCharsets.UTF_8);
    }

    void dropSchema(String schema) {
        execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(admin.jdbcUrl(), admin.user(), admin.password());
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run '" + sql + "' on " + admin + ": " + e.getMessage(), e);
        }
    }
}
