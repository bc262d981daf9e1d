package io.newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Messages for failures of the index itself. They name the folder and the way out: the index is
 * derived from the database, so a damaged one can be deleted and rebuilt.
 */
final class IndexFailure {

    private IndexFailure() {}

    /** A checked failure, for opening. */
    static IOException checked(String action, Path location, IOException cause) {
        return new IOException(message(action, location, cause), cause);
    }

    /** An unchecked failure, for operations on an open index. */
    static UncheckedIOException unchecked(String action, Path location, IOException cause) {
        return new UncheckedIOException(message(action, location, cause), cause);
    }

    private static String message(String action, Path location, IOException cause) {
        return "cannot " + action + " the search index at " + location + " (" + cause + ");"
                + " if it is damaged, delete that folder to rebuild it from the database";
    }
}
