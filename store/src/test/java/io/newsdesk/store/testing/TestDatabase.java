package io.newsdesk.store.testing;

import io.newsdesk.store.Database;
import io.newsdesk.store.DatabaseLocation;
import io.newsdesk.store.Dialect;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A fresh, migrated, otherwise empty database for one test: an SQLite file in a temporary folder
 * or a new PostgreSQL schema. Closing it closes every {@link Database} opened on it and deletes it.
 */
public final class TestDatabase implements AutoCloseable {

    private final Dialect dialect;
    private final String location;
    private final Clock clock;
    private final Runnable cleanup;
    private final List<Database> opened = new ArrayList<>();
    private final Database database;

    TestDatabase(Dialect dialect, String location, Clock clock, Runnable cleanup) {
        this.dialect = dialect;
        this.location = location;
        this.clock = clock;
        this.cleanup = cleanup;
        try {
            this.database = openAnother();
        } catch (RuntimeException e) {
            cleanup.run();
            throw e;
        }
    }

    /** The engine this database runs on. */
    public Dialect dialect() {
        return dialect;
    }

    /** The database, open. */
    public Database database() {
        return database;
    }

    /**
     * The location string that {@link Database#open(String)} accepts for this database, for code
     * under test that opens it itself (a command line run, a second process).
     */
    public String location() {
        return location;
    }

    /** Opens a second {@link Database} on the same data, as another process would. */
    public synchronized Database openAnother() {
        Database another = Database.open(DatabaseLocation.parse(location), clock);
        opened.add(another);
        return another;
    }

    /**
     * Adds a user without a password, straight into the table (tests of per-user storage need no
     * credentials; {@link io.newsdesk.store.UserRepository} adds real accounts), and returns its
     * id; the local owner, id 1, exists from the start.
     */
    public long addUser(String username) {
        DatabaseLocation parsed = DatabaseLocation.parse(location);
        try (Connection connection = DriverManager.getConnection(parsed.jdbcUrl(), parsed.user(), parsed.password());
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO users (username, is_admin, created_at) VALUES (?, ?, ?)");
                PreparedStatement select = connection.prepareStatement("SELECT id FROM users WHERE username = ?")) {
            insert.setString(1, username);
            insert.setBoolean(2, false);
            insert.setLong(3, clock.millis());
            insert.executeUpdate();
            select.setString(1, username);
            try (ResultSet id = select.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot add user " + username + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        opened.forEach(Database::close);
        cleanup.run();
    }

    @Override
    public String toString() {
        return dialect.name().toLowerCase(Locale.ROOT);
    }
}
