package io.newsdesk.bench.extraction;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.Readability4J;

/**
 * Readability4J 1.0.8, the Kotlin port of Mozilla's readability.js (Firefox's reader view) that
 * Java projects use: its article's {@code textContent}, as readability.js gives it.
 */
final class Readability4JExtractor implements TextExtractor {

    static final String NAME = "Readability4J";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String text(String html, String url) {
        Article article = new Readability4J(url, html).parse();
        String text = article.getTextContent();
        return text == null ? "" : text;
    }
}
