package io.newsdesk.bench.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * The word classes synthetic news text is drawn from ({@code news-vocabulary.txt} beside this
 * class): subjects, verbs and objects for headlines, nouns and verbs for body text, names, places.
 */
final class Vocabulary {

    private static final String RESOURCE = "news-vocabulary.txt";

    private final Map<String, List<String>> classes;

    private Vocabulary(Map<String, List<String>> classes) {
        this.classes = classes;
    }

    /** The bundled vocabulary. */
    static Vocabulary bundled() {
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the benchmark's classpath");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }

    /** Reads lines of the form {@code name: item, item, ...}; blank lines and {@code #} comments are skipped. */
    static Vocabulary parse(String text) {
        Map<String, List<String>> classes = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int colon = trimmed.indexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("vocabulary line without 'name:': " + trimmed);
            }
            List<String> items = Arrays.stream(trimmed.substring(colon + 1).split(","))
                    .map(String::strip)
                    .filter(item -> !item.isEmpty())
                    .toList();
            if (items.isEmpty()) {
                throw new IllegalArgumentException("vocabulary class without items: " + trimmed);
            }
            classes.put(trimmed.substring(0, colon).strip(), items);
        }
        return new Vocabulary(Map.copyOf(classes));
    }

    /** All items of a class. */
    List<String> items(String wordClass) {
        List<String> items = classes.get(wordClass);
        if (items == null) {
            throw new IllegalArgumentException("no word class '" + wordClass + "' in the vocabulary");
        }
        return items;
    }

    /** One item of a class, chosen uniformly. */
    String pick(String wordClass, RandomGenerator random) {
        List<String> items = items(wordClass);
        return items.get(random.nextInt(items.size()));
    }
}
