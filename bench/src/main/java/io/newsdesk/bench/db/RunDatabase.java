package io.newsdesk.bench.db;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.store.Dialect;
import java.sql.Connection;
import java.sql.SQLException;

/** A fresh, empty database for one run of one pipeline; removed again when closed. */
public interface RunDatabase extends AutoCloseable {

    /** The location as Newsdesk is configured with it ({@code jdbc:sqlite:…}, a PostgreSQL URL). */
    String location();

    /** Which engine it is. */
    Dialect dialect();

    /** A plain JDBC connection to it, for the naive peer. */
    Connection connect() throws SQLException;

    /** How much disk it takes now, tables, indexes and logs included. */
    long sizeBytes() throws BenchmarkException;

    /** Removes the database. */
    @Override
    void close() throws BenchmarkException;
}
