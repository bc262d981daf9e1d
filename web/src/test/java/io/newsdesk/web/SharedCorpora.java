package io.newsdesk.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The read-only shared corpora, found through the {@code newsdesk.shared} system property. */
public final class SharedCorpora {

    private SharedCorpora() {}

    public static Path root() {
        return Path.of(System.getProperty("newsdesk.shared", "../../shared"));
    }

    public static Path feedFixture(String name) {
        return root().resolve("corpora/feed-fixtures/miniflux/internal/reader/parser/testdata").resolve(name);
    }

    public static Path teaserSample() {
        return root().resolve("samples/aggregator-teaser.txt");
    }

    public static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the shared corpus file " + file, e);
        }
    }
}
