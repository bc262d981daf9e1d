package io.newsdesk.store;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import org.sqlite.SQLiteErrorCode;

/** Turns a failure to connect into a message that says what is wrong and what to check. */
final class OpenFailures {

    private OpenFailures() {}

    static StoreException explain(DatabaseLocation location, Throwable failure) {
        return new StoreException(reason(location, failure), failure);
    }

    private static String reason(DatabaseLocation location, Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "PostgreSQL at " + location.server() + " refused the connection: "
                        + "is the server running and listening on that host and port?";
            }
            if (t instanceof UnknownHostException) {
                return "cannot open database at " + location + ": unknown host " + t.getMessage();
            }
            if (t instanceof SocketTimeoutException || t instanceof NoRouteToHostException) {
                return "PostgreSQL at " + location.server() + " did not answer: " + t.getMessage();
            }
        }
        String explained = location.dialect() == Dialect.SQLITE
                ? sqliteReason(failure)
                : postgresReason(location, SqlErrors.sqlState(failure));
        return "cannot open database at " + location + ": "
                + (explained != null ? explained : SqlErrors.rootMessage(failure));
    }

    private static String sqliteReason(Throwable failure) {
        if (SqlErrors.isBusyTimeout(failure)) {
            return "another process kept the database locked for more than "
                    + ConnectionPools.SQLITE_BUSY_TIMEOUT.toSeconds() + " s";
        }
        int code = SqlErrors.sqliteCode(failure);
        if (code == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return "the file is not an SQLite database";
        }
        if (code == SQLiteErrorCode.SQLITE_CANTOPEN.code || code == SQLiteErrorCode.SQLITE_PERM.code) {
            return "SQLite cannot open or create the file; check that its folder is writable";
        }
        if (code == SQLiteErrorCode.SQLITE_READONLY.code) {
            return "the file or its folder is read-only";
        }
        if (code == SQLiteErrorCode.SQLITE_CORRUPT.code) {
            return "the database file is damaged";
        }
        return null;
    }

    private static String postgresReason(DatabaseLocation location, String sqlState) {
        if (sqlState == null) {
            return null;
        }
        String user = location.user() == null ? "(default user)" : "'" + location.user() + "'";
        return switch (sqlState) {
            case "28P01", "28000" -> "the server rejected the login of user " + user
                    + "; check the user name and password";
            case "08004" -> "the server asks for a password for user " + user
                    + "; give it in the URL, e.g. postgresql://user:password@host/database";
            case "3D000" -> "the database does not exist; create it (createdb) or fix the URL";
            case "53300" -> "the server has no free connections";
            case "57P03" -> "the server is starting up or shutting down; try again shortly";
            default -> null;
        };
    }
}
