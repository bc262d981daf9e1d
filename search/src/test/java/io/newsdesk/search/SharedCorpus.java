package io.newsdesk.search;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The ECB+ news articles from the shared corpora, as search documents (feed id = topic). */
final class SharedCorpus {

    private SharedCorpus() {}

    static Path sharedDir() {
        String configured = System.getProperty("newsdesk.shared");
        return configured != null ? Path.of(configured) : Path.of("../../shared");
    }

    /** Each article: its first line as the title, the rest as the body. */
    static List<SearchDocument> ecbPlusArticles() throws IOException {
        Path file = sharedDir().resolve("corpora/story-clusters/ecbplus/ecbplus_docs.jsonl");
        ObjectMapper json = new ObjectMapper();
        List<SearchDocument> documents = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file)) {
            String line;
            while ((line = lines.readLine()) != null) {
                JsonNode article = json.readTree(line);
                String text = article.get("text").asText();
                int firstBreak = text.indexOf('\n');
                documents.add(new SearchDocument(
                        documents.size() + 1L,
                        article.get("topic").asLong(),
                        article.get("first_line").asText(),
                        null,
                        firstBreak < 0 ? "" : text.substring(firstBreak + 1),
                        article.get("subcorpus").asText(),
                        null));
            }
        }
        return documents;
    }
}
