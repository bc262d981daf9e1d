package io.newsdesk.store;

import java.time.Clock;
import java.time.Instant;
import org.jdbi.v3.core.HandleCallback;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;

/**
 * How the repositories reach the database: reads on an auto-commit handle, writes in a transaction
 * (IMMEDIATE on SQLite, see {@link ConnectionPools}), and failures turned into a {@link
 * StoreException} that says what was being done.
 */
final class DatabaseAccess {

    private final Jdbi jdbi;
    private final Clock clock;

    DatabaseAccess(Jdbi jdbi, Clock clock) {
        this.jdbi = jdbi;
        this.clock = clock;
    }

    /** Runs statements that only read, each seeing the latest committed data. */
    <T> T read(String action, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.withHandle(work);
        } catch (JdbiException e) {
            throw failure(action, e);
        }
    }

    /** Runs statements in one short write transaction. */
    <T> T write(String action, HandleCallback<T, RuntimeException> work) {
        try {
            return jdbi.inTransaction(work);
        } catch (JdbiException e) {
            throw failure(action, e);
        }
    }

    Instant now() {
        return clock.instant();
    }

    private static StoreException failure(String action, JdbiException e) {
        String reason = SqlErrors.isBusyTimeout(e)
                ? "another process kept the database locked for more than "
                        + ConnectionPools.SQLITE_BUSY_TIMEOUT.toSeconds() + " s"
                : SqlErrors.rootMessage(e);
        return new StoreException("cannot " + action + ": " + reason, e);
    }
}
