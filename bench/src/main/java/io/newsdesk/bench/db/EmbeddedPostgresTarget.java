package io.newsdesk.bench.db;

import io.newsdesk.bench.BenchmarkException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A throwaway PostgreSQL server started from the binaries on Maven Central (zonky), for machines
 * without a PostgreSQL installation; stopped when the benchmark ends.
 */
final class EmbeddedPostgresTarget implements DatabaseTarget {

    private final EmbeddedPostgres server;
    private final PostgresTarget target;

    private EmbeddedPostgresTarget(EmbeddedPostgres server, PostgresTarget target) {
        this.server = server;
        this.target = target;
    }

    static EmbeddedPostgresTarget start() throws BenchmarkException {
        EmbeddedPostgres server;
        try {
            server = EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new BenchmarkException("cannot start embedded PostgreSQL (" + e.getMessage()
                    + "); pass the URL of a running server with --db instead", e);
        }
        try {
            return new EmbeddedPostgresTarget(server, PostgresTarget.connect(server.getJdbcUrl("postgres", "postgres")));
        } catch (BenchmarkException e) {
            stop(server, e);
            throw e;
        }
    }

    @Override
    public String description() {
        return "embedded " + target.description();
    }

    @Override
    public RunDatabase create(Path runDir, String name) throws BenchmarkException {
        return target.create(runDir, name);
    }

    @Override
    public void close() throws BenchmarkException {
        try {
            server.close();
        } catch (IOException e) {
            throw new BenchmarkException("cannot stop embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static void stop(EmbeddedPostgres server, Exception failure) {
        try {
            server.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
