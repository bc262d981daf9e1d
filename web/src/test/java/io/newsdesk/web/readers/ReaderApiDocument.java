package io.newsdesk.web.readers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The routes {@code docs/reader-apis.md} documents: its table rows of the form
 * {@code | `METHOD` | `/path` | … |}, as {@code "METHOD /path"}.
 */
public final class ReaderApiDocument {

    private static final Pattern ROW = Pattern.compile("^\\|\\s*`([A-Z]+)`\\s*\\|\\s*`([^`]+)`\\s*\\|");

    private ReaderApiDocument() {}

    /** Where the page is, from the web module's folder (the tests' working directory). */
    public static Path path() {
        return Path.of("..", "docs", "reader-apis.md");
    }

    public static Set<String> routes() {
        Set<String> routes = new LinkedHashSet<>();
        try {
            for (String line : Files.readAllLines(path())) {
                Matcher row = ROW.matcher(line);
                if (row.find()) {
                    routes.add(row.group(1) + " " + row.group(2));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path().toAbsolutePath(), e);
        }
        return routes;
    }
}
