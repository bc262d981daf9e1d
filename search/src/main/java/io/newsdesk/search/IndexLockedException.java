package io.newsdesk.search;

import java.nio.file.Path;

/**
 * Another writer (normally another Newsdesk process on the same data folder) holds the search
 * index's write lock. The index can still be searched with {@link SearchIndexReader}.
 */
public final class IndexLockedException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path directory;

    IndexLockedException(Path directory, Throwable cause) {
        super("the search index at " + directory + " is already open for writing (usually by"
                + " another Newsdesk process); search it read-only, or stop that process", cause);
        this.directory = directory;
    }

    /** The index folder that is locked. */
    public Path directory() {
        return directory;
    }
}
