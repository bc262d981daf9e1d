package io.newsdesk.e2e.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** The read-only shared corpora: feed fixtures and samples the tests serve and import. */
public final class SharedCorpora {

    private SharedCorpora() {}

    /** The shared folder: system property {@code newsdesk.shared}, else {@code ../../shared} from the module. */
    public static Path root() {
        String configured = System.getProperty("newsdesk.shared");
        Path root = configured == null || configured.isBlank() ? Path.of("../../shared") : Path.of(configured);
        if (!Files.isDirectory(root)) {
            throw new IllegalStateException("the shared corpora are missing at " + root.toAbsolutePath()
                    + "; set -Dnewsdesk.shared=DIR to where they are");
        }
        return root;
    }

    /** A feed from {@code corpora/feed-fixtures}. */
    public static Path feedFixture(String relativePath) {
        return existing(root().resolve("corpora/feed-fixtures").resolve(relativePath));
    }

    /** The aggregator teaser sample ("11 months ago 28", a standfirst, "Read Entire Article"). */
    public static Path teaserSample() {
        return existing(root().resolve("samples/aggregator-teaser.txt"));
    }

    private static Path existing(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalStateException("shared corpus file missing: " + file.toAbsolutePath());
        }
        return file;
    }
}
