package io.newsdesk.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Classifies database failures the same way for both engines. */
final class SqlErrors {

    private static final String POSTGRES_UNIQUE_VIOLATION = "23505";

    private SqlErrors() {}

    /** Whether the failure is a unique constraint that another writer won. */
    static boolean isUniqueViolation(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException e && e.getResultCode() == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE) {
                return true;
            }
            if (t instanceof SQLException e && POSTGRES_UNIQUE_VIOLATION.equals(e.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLite's primary result code (extended codes folded in) somewhere in the causes, or -1. */
    static int sqliteCode(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException e) {
                return e.getResultCode().code & 0xff;
            }
        }
        return -1;
    }

    /**
     * Whether SQLite gave up waiting for another connection's lock after the busy timeout (the
     * plain code; extended busy codes such as a stale snapshot fail at once, without waiting).
     */
    static boolean isBusyTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException e) {
                return e.getResultCode() == SQLiteErrorCode.SQLITE_BUSY;
            }
        }
        return false;
    }

    /** The first SQLState somewhere in the causes, or {@code null}. */
    static String sqlState(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && e.getSQLState() != null) {
                return e.getSQLState();
            }
        }
        return null;
    }

    /** The innermost cause's message: the database's own words, without wrapper noise. */
    static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
