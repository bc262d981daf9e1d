package io.newsdesk.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Newsdesk's system of record: an SQLite file or a PostgreSQL database, migrated to the current
 * schema when opened. The search index and everything else derived is rebuilt from it.
 *
 * <p>Several processes may open the same SQLite file at once (the server and a command of the
 * command line): writes queue on SQLite's lock for up to 30 seconds instead of failing. Thread
 * safe; open one per process and share it.
 */
public final class Database implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Database.class);
    private static final int PING_TIMEOUT_SECONDS = 3;

    private final DatabaseLocation location;
    private final HikariDataSource pool;
    private final FeedRepository feeds;
    private final EntryRepository entries;
    private final CategoryRepository categories;
    private final SettingsRepository settings;
    private final TombstoneRepository tombstones;
    private final WebSubRepository websub;
    private final UserRepository users;
    private final SessionRepository sessions;
    private final ApiTokenRepository apiTokens;
    private final FullTextRepository fullText;
    private final ReaderRepository reader;

    private Database(DatabaseLocation location, HikariDataSource pool, Clock clock) {
        this.location = location;
        this.pool = pool;
        DatabaseAccess access = new DatabaseAccess(Jdbi.create(pool), clock);
        this.feeds = new FeedRepository(access);
        this.entries = new EntryRepository(access);
        this.categories = new CategoryRepository(access);
        this.settings = new SettingsRepository(access);
        this.tombstones = new TombstoneRepository(access);
        this.websub = new WebSubRepository(access);
        this.users = new UserRepository(access);
        this.sessions = new SessionRepository(access);
        this.apiTokens = new ApiTokenRepository(access);
        this.fullText = new FullTextRepository(access);
        this.reader = new ReaderRepository(access);
    }

    /**
     * Opens the database and brings its schema up to date.
     *
     * @param location a JDBC URL ({@code jdbc:sqlite:/path/newsdesk.db}, {@code
     *     jdbc:postgresql://host:5432/db}), a libpq URL ({@code postgresql://user:password@host/db})
     *     or the path of an SQLite file, whose folder is created when missing
     * @throws StoreException naming the database and the problem when it cannot be opened or migrated
     */
    public static Database open(String location) {
        return open(DatabaseLocation.parse(location), Clock.systemUTC());
    }

    /** Opens the database with a clock for the times it records itself (subscriptions, read state, …). */
    public static Database open(DatabaseLocation location, Clock clock) {
        HikariDataSource pool = ConnectionPools.open(location);
        try {
            Migrations.apply(pool, location);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
        log.info("Opened the database at {}", location);
        return new Database(location, pool, clock);
    }

    /** Which engine the database runs on. */
    public Dialect dialect() {
        return location.dialect();
    }

    /** Where the database is; its {@code toString()} never shows a password. */
    public DatabaseLocation location() {
        return location;
    }

    /** Feeds, subscriptions and polling state. */
    public FeedRepository feeds() {
        return feeds;
    }

    /** Entries, users' read and starred state, and the search index's to-do list. */
    public EntryRepository entries() {
        return entries;
    }

    /** Users' categories of feeds. */
    public CategoryRepository categories() {
        return categories;
    }

    /** Small key/value state shared by all processes. */
    public SettingsRepository settings() {
        return settings;
    }

    /** Deletions the search index has yet to apply. */
    public TombstoneRepository tombstones() {
        return tombstones;
    }

    /** Push subscriptions at WebSub hubs. */
    public WebSubRepository websub() {
        return websub;
    }

    /** What reader apps' sync protocols ask of entries beyond the other repositories. */
    public ReaderRepository reader() {
        return reader;
    }

    /** Each feed's full-text setting, the queue of entry pages to fetch, and their articles. */
    public FullTextRepository fullText() {
        return fullText;
    }

    /** Users and their credentials. */
    public UserRepository users() {
        return users;
    }

    /** Browsers' sign-ins. */
    public SessionRepository sessions() {
        return sessions;
    }

    /** Users' API tokens. */
    public ApiTokenRepository apiTokens() {
        return apiTokens;
    }

    /** Whether the database answers within a few seconds; for health checks. */
    public boolean ping() {
        try (Connection connection = pool.getConnection()) {
            return connection.isValid(PING_TIMEOUT_SECONDS);
        } catch (SQLException e) {
            log.warn("The database at {} does not answer: {}", location, e.getMessage());
            return false;
        }
    }

    /** Closes all connections. Repositories fail with a {@link StoreException} afterwards. */
    @Override
    public void close() {
        pool.close();
    }
}
