package io.newsdesk.parse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The read-only shared corpora: system property {@code newsdesk.shared}, else {@code ../../shared}. */
public final class SharedCorpus {

    private SharedCorpus() {}

    public static Path root() {
        String configured = System.getProperty("newsdesk.shared");
        return configured != null ? Path.of(configured) : Path.of("../../shared");
    }

    /** A file under {@code corpora/}. */
    public static Path corpus(String relative) {
        return root().resolve("corpora").resolve(relative);
    }

    public static byte[] bytes(String relative) {
        try {
            return Files.readAllBytes(corpus(relative));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every regular file under a corpus directory, sorted. */
    public static List<Path> filesUnder(String relative) {
        try (Stream<Path> walk = Files.walk(corpus(relative))) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
