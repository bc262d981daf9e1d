package io.newsdesk.bench.extraction;

import io.newsdesk.extract.ArticleExtractor;

/** Newsdesk's {@link ArticleExtractor}: the article's running text. */
final class NewsdeskExtractor implements TextExtractor {

    static final String NAME = "Newsdesk";

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String text(String html, String url) {
        return extractor.extract(html, url).text();
    }
}
