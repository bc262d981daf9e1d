package io.newsdesk.store;

/**
 * The database could not do what was asked: it could not be opened or migrated, or a statement
 * failed. The message names the database (never its password) and the problem, in words a user can
 * act on.
 */
public class StoreException extends RuntimeException {

    /** A failure with nothing underneath, such as a missing feed. */
    public StoreException(String message) {
        super(message);
    }

    /** A failure caused by the driver, the pool or the file system. */
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
