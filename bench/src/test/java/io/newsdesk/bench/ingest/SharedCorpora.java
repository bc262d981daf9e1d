package io.newsdesk.bench.ingest;

import java.nio.file.Path;

/** Where the shared read-only corpora are: system property {@code newsdesk.shared}, else beside the repository. */
final class SharedCorpora {

    private SharedCorpora() {}

    static Path folder() {
        String configured = System.getProperty("newsdesk.shared");
        return Path.of(configured != null && !configured.isBlank() ? configured : "../../shared");
    }
}
