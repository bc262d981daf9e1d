package io.newsdesk.store;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the database lives, parsed from what a user configures: a JDBC URL ({@code
 * jdbc:sqlite:/path/newsdesk.db}, {@code jdbc:postgresql://host:5432/db}), a libpq-style URL
 * ({@code postgresql://user:password@host:5432/db?sslmode=require}, {@code postgres://…}) or a
 * plain file path for SQLite.
 *
 * <p>Credentials are taken out of the URL: {@link #jdbcUrl()} never contains the password, and
 * neither does {@link #toString()}, which is what messages and logs show.
 */
public final class DatabaseLocation {

    private static final Logger log = LoggerFactory.getLogger(DatabaseLocation.class);

    private static final String SQLITE_PREFIX = "jdbc:sqlite:";
    private static final String POSTGRES_JDBC_PREFIX = "jdbc:postgresql:";
    // Two letters at least, so that a Windows drive ("C:") still reads as a path.
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]+:");

    private final Dialect dialect;
    private final String jdbcUrl;
    private final String user;
    private final String password;
    private final Path sqliteFile;
    private final String server;
    private final String description;

    private DatabaseLocation(
            Dialect dialect,
            String jdbcUrl,
            String user,
            String password,
            Path sqliteFile,
            String server,
            String description) {
        this.dialect = dialect;
        this.jdbcUrl = jdbcUrl;
        this.user = user;
        this.password = password;
        this.sqliteFile = sqliteFile;
        this.server = server;
        this.description = description;
    }

    /**
     * Parses a configured location.
     *
     * @throws StoreException when the location is empty, malformed or names an unsupported
     *     database; the message shows the location with its password masked
     */
    public static DatabaseLocation parse(String location) {
        if (location == null || location.isBlank()) {
            throw new StoreException("no database location given: use a file path, jdbc:sqlite:…, "
                    + "jdbc:postgresql://… or postgresql://…");
        }
        String trimmed = location.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith(SQLITE_PREFIX)) {
            return sqlite(sqlitePath(trimmed.substring(SQLITE_PREFIX.length()), trimmed));
        }
        if (lower.startsWith(POSTGRES_JDBC_PREFIX)) {
            return postgres(PostgresUrl.fromJdbc(trimmed));
        }
        if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
            return postgres(PostgresUrl.fromLibpq(trimmed));
        }
        if (SCHEME.matcher(trimmed).find()) {
            throw new StoreException("unsupported database location '" + redact(trimmed)
                    + "': use a file path, jdbc:sqlite:…, jdbc:postgresql://… or postgresql://…");
        }
        return sqlite(sqlitePath(trimmed, trimmed));
    }

    /** An SQLite database in the given file (made absolute). */
    public static DatabaseLocation sqlite(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        return new DatabaseLocation(
                Dialect.SQLITE, SQLITE_PREFIX + absolute, null, null, absolute, null, absolute.toString());
    }

    private static DatabaseLocation postgres(PostgresUrl url) {
        return new DatabaseLocation(
                Dialect.POSTGRESQL,
                url.jdbcUrl(),
                url.user(),
                url.password(),
                null,
                url.server(),
                "postgresql://" + url.server() + "/" + url.database());
    }

    private static Path sqlitePath(String spec, String location) {
        String path = spec;
        String parameters = "";
        int query = path.indexOf('?');
        if (query >= 0) {
            parameters = path.substring(query + 1);
            path = path.substring(0, query);
        }
        if (path.startsWith("file:")) {
            path = path.substring("file:".length());
        }
        if (path.isBlank() || path.equals(":memory:") || parameters.contains("mode=memory")) {
            throw new StoreException("cannot use '" + location + "': Newsdesk needs an SQLite file on disk "
                    + "that the server and the command line can share, not an in-memory database");
        }
        if (!parameters.isEmpty()) {
            // Journal mode, locking and timeouts are part of the multi-process contract; not a user choice.
            log.warn("Ignoring the parameters of '{}': Newsdesk configures SQLite connections itself", location);
        }
        try {
            return Path.of(path);
        } catch (InvalidPathException e) {
            throw new StoreException("cannot use '" + location + "' as an SQLite file: " + e.getReason(), e);
        }
    }

    /** The location with any password replaced by {@code ***}, for messages about a location that failed to parse. */
    static String redact(String location) {
        return location.replaceAll("(//[^/@:?#]*:)[^@/?#]*@", "$1***@")
                .replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    /** Which engine the location names. */
    public Dialect dialect() {
        return dialect;
    }

    /** The JDBC URL to connect to, without user name or password. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The user name to log in with, or {@code null} (SQLite; PostgreSQL's default). */
    public String user() {
        return user;
    }

    /** The password to log in with, or {@code null}. Never shown in messages or logs. */
    public String password() {
        return password;
    }

    /** The SQLite database file, absolute; {@code null} for PostgreSQL. */
    public Path sqliteFile() {
        return sqliteFile;
    }

    /** The PostgreSQL server(s) as {@code host:port}; {@code null} for SQLite. */
    public String server() {
        return server;
    }

    /**
     * The SQLite file path, or {@code postgresql://host:port/database} without user and password:
     * what messages and logs show.
     */
    @Override
    public String toString() {
        return description;
    }
}
