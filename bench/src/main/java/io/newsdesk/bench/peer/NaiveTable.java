package io.newsdesk.bench.peer;

import io.newsdesk.store.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;

/**
 * One plain table of entries, written with JDBC batch inserts, one transaction per feed: no
 * de-duplication, no per-user state, no bookkeeping for the search index.
 */
final class NaiveTable {

    static final String TABLE = "peer_entry";

    private static final String INSERT = "INSERT INTO " + TABLE
            + " (feed_url, source, guid, link, title, author, categories, published, html)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final Connection connection;

    private NaiveTable(Connection connection) {
        this.connection = connection;
    }

    /**
     * Creates the table on the connection, with the same durability settings as Newsdesk uses
     * for SQLite (write-ahead log, synchronous=NORMAL), so the comparison is about the work done.
     */
    static NaiveTable create(Connection connection, Dialect dialect) throws SQLException {
        String id = dialect == Dialect.SQLITE ? "INTEGER PRIMARY KEY" : "BIGSERIAL PRIMARY KEY";
        try (Statement statement = connection.createStatement()) {
            if (dialect == Dialect.SQLITE) {
                statement.execute("PRAGMA journal_mode = WAL");
                statement.execute("PRAGMA synchronous = NORMAL");
            }
            statement.execute("CREATE TABLE " + TABLE + " (id " + id + ", feed_url TEXT NOT NULL, source TEXT,"
                    + " guid TEXT, link TEXT, title TEXT, author TEXT, categories TEXT, published BIGINT, html TEXT)");
        }
        connection.setAutoCommit(false);
        connection.commit();
        return new NaiveTable(connection);
    }

    /** Inserts a feed's entries in one batch and one transaction; the connection is shared, so one at a time. */
    synchronized void insert(String feedUrl, NaiveFeed feed) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (NaiveEntry entry : feed.entries()) {
                insert.setString(1, feedUrl);
                insert.setString(2, feed.title());
                insert.setString(3, entry.guid());
                insert.setString(4, entry.link());
                insert.setString(5, entry.title());
                insert.setString(6, entry.author());
                insert.setString(7, String.join(",", entry.categories()));
                if (entry.published() != null) {
                    insert.setLong(8, entry.published().toEpochMilli());
                } else {
                    insert.setNull(8, Types.BIGINT);
                }
                insert.setString(9, entry.html());
                insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }
}
