package io.newsdesk.extract;

import java.nio.file.Path;

/** Where the shared read-only corpora are: system property {@code newsdesk.shared}. */
public final class SharedFiles {

    private SharedFiles() {}

    /** A path inside the shared folder ({@code ../../shared} from the module when unset). */
    public static Path resolve(String relativePath) {
        return Path.of(System.getProperty("newsdesk.shared", "../../shared"), relativePath);
    }
}
