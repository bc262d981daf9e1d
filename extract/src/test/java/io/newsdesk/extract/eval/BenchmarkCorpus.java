package io.newsdesk.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.extract.SharedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The article-extraction-benchmark corpus in the shared folder: 181 news pages (gzip-compressed
 * UTF-8 HTML) with the true article body and URL of each. Shared with the bench module through
 * this module's test jar.
 */
public final class BenchmarkCorpus {

    /** Where the corpus lies inside the shared folder. */
    public static final String FOLDER = "corpora/article-extraction";

    /** The corpus is UTF-8 whatever the pages' own declarations say. */
    public static final String CONTENT_TYPE = "text/html; charset=utf-8";

    /** One page: its id, URL, raw HTML bytes and true article body. */
    public record Page(String id, String url, byte[] html, String articleBody) {

        /** The page as text, decoded as the corpus is written (UTF-8). */
        public String htmlText() {
            return new String(html, StandardCharsets.UTF_8);
        }
    }

    private BenchmarkCorpus() {}

    /** The corpus in the shared folder the tests are given (system property {@code newsdesk.shared}). */
    public static List<Page> load() {
        return load(SharedFiles.resolve(FOLDER));
    }

    /**
     * The corpus in a folder holding {@code ground-truth.json} and {@code html/ID.html.gz}.
     *
     * @throws UncheckedIOException when the folder is missing or a file cannot be read
     */
    public static List<Page> load(Path root) {
        try {
            JsonNode truth = new ObjectMapper().readTree(root.resolve("ground-truth.json").toFile());
            List<Page> pages = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : truth.properties()) {
                String id = entry.getKey();
                try (InputStream in = new GZIPInputStream(
                        Files.newInputStream(root.resolve("html/" + id + ".html.gz")))) {
                    pages.add(new Page(id, entry.getValue().path("url").asText(null),
                            in.readAllBytes(), entry.getValue().path("articleBody").asText("")));
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the benchmark corpus at " + root, e);
        }
    }
}
