package io.newsdesk.service.testing;

import java.nio.file.Path;

/** The read-only shared corpora: system property {@code newsdesk.shared}, else {@code ../../shared}. */
public final class SharedCorpora {

    private SharedCorpora() {}

    /** A file or folder of the shared corpora, by its path inside them. */
    public static Path path(String relative) {
        String configured = System.getProperty("newsdesk.shared");
        Path root = configured != null && !configured.isBlank() ? Path.of(configured) : Path.of("..", "..", "shared");
        return root.resolve(relative);
    }
}
