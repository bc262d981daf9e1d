package io.newsdesk.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The files commands are tried on: the shared corpora, the bundled demo pages, and this module's test data. */
final class Fixtures {

    private Fixtures() {}

    static Path shared() {
        return Path.of(System.getProperty("newsdesk.shared", "../../shared"));
    }

    static Path teaser() {
        return shared().resolve("samples/aggregator-teaser.txt");
    }

    static Path feedFixtures() {
        return shared().resolve("corpora/feed-fixtures");
    }

    /** A feed from Miniflux's parser test data. */
    static Path miniflux(String name) {
        return feedFixtures().resolve("miniflux/internal/reader/parser/testdata").resolve(name);
    }

    /** A feed from ROME's test resources. */
    static Path rome(String name) {
        return feedFixtures().resolve("rome/rome/src/test/resources").resolve(name);
    }

    /** A JSON Feed example, {@code version} "v1" or "v1.1". */
    static Path jsonFeed(String version, String name) {
        return feedFixtures().resolve("jsonfeed/test/examples").resolve(version).resolve(name);
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies a classpath resource (this module's test data, or the service's demo pages) to {@code dir}. */
    static Path resource(String name, Path dir) {
        String path = name.startsWith("/") ? name.substring(1) : "io/newsdesk/cli/" + name;
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + path);
            }
            Path file = dir.resolve(Path.of(path).getFileName().toString());
            Files.copy(in, file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A demo article page bundled with the service: {@code harbour-times-port-strike-ends.html} or another. */
    static Path demoPage(String name, Path dir) {
        return resource("/demo/pages/" + name, dir);
    }

    static Path write(Path dir, String name, String content) {
        try {
            return Files.writeString(dir.resolve(name), content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
