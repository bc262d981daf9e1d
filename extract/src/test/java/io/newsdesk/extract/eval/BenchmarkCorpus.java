package io.newsdesk.extract.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsdesk.extract.SharedFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The article-extraction-benchmark corpus in the shared folder: 181 news pages (gzip-compressed
 * UTF-8 HTML) with the true article body and URL of each.
 */
public final class BenchmarkCorpus {

    /** One page: its id, URL, raw HTML bytes and true article body. */
    public record Page(String id, String url, byte[] html, String articleBody) {}

    static final Path ROOT = SharedFiles.resolve("corpora/article-extraction");

    private BenchmarkCorpus() {}

    public static List<Page> load() {
        try {
            JsonNode truth = new ObjectMapper().readTree(ROOT.resolve("ground-truth.json").toFile());
            List<Page> pages = new ArrayList<>();
            for (Map.Entry<String, JsonNode> entry : truth.properties()) {
                String id = entry.getKey();
                try (InputStream in = new GZIPInputStream(
                        Files.newInputStream(ROOT.resolve("html/" + id + ".html.gz")))) {
                    pages.add(new Page(id, entry.getValue().path("url").asText(null),
                            in.readAllBytes(), entry.getValue().path("articleBody").asText("")));
                }
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the benchmark corpus at " + ROOT, e);
        }
    }
}
