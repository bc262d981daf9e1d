package io.newsdesk.bench.parsing;

import io.newsdesk.bench.BenchmarkException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A set of feed documents held in memory, so that parsing is measured from bytes, never from disk.
 *
 * @param name what the report calls it
 * @param documents the documents' bytes
 * @param names the documents' file names, in the same order
 */
public record ParsingCorpus(String name, List<byte[]> documents, List<String> names) {

    private static final String FEEDPARSER = "corpora/feedparser/tests";
    private static final List<String> FIXTURE_FOLDERS = List.of(
            "corpora/feed-fixtures/miniflux/internal/reader/parser/testdata", "corpora/feed-fixtures/rome");

    /** Fixtures of at least this size are "large": real feeds of many entries. */
    static final long LARGE_FIXTURE_BYTES = 64 * 1024;

    public ParsingCorpus {
        documents = List.copyOf(documents);
        names = List.copyOf(names);
    }

    /** Every file of feedparser's test suite, whatever it is (ill-formed, JSON, odd encodings). */
    public static ParsingCorpus feedparser(Path shared) throws BenchmarkException {
        return load("feedparser test suite (every file)", files(shared.resolve(FEEDPARSER), 0));
    }

    /** The XML feed fixtures of miniflux and ROME of at least 64 KB. */
    public static ParsingCorpus largeFixtures(Path shared) throws BenchmarkException {
        List<Path> files = new ArrayList<>();
        for (String folder : FIXTURE_FOLDERS) {
            files.addAll(files(shared.resolve(folder), LARGE_FIXTURE_BYTES).stream()
                    .filter(file -> file.toString().endsWith(".xml"))
                    .toList());
        }
        return load("large fixtures (miniflux and ROME feeds ≥ 64 KB)", files);
    }

    /** The total size in bytes. */
    public long bytes() {
        return documents.stream().mapToLong(document -> document.length).sum();
    }

    private static ParsingCorpus load(String name, List<Path> files) throws BenchmarkException {
        if (files.isEmpty()) {
            throw new BenchmarkException("no documents for the " + name);
        }
        List<byte[]> documents = new ArrayList<>();
        try {
            for (Path file : files) {
                documents.add(Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new BenchmarkException("cannot read the " + name + ": " + e.getMessage(), e);
        }
        return new ParsingCorpus(name, documents, files.stream().map(file -> file.getFileName().toString()).toList());
    }

    private static List<Path> files(Path folder, long minBytes) throws BenchmarkException {
        try (Stream<Path> walk = Files.walk(folder)) {
            List<Path> files = new ArrayList<>();
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                if (Files.size(file) >= minBytes) {
                    files.add(file);
                }
            }
            return files;
        } catch (IOException e) {
            throw new BenchmarkException("cannot list " + folder.toAbsolutePath()
                    + " (is --shared the shared corpora folder?): " + e.getMessage(), e);
        }
    }
}
