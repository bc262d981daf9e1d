package io.newsdesk.bench.extraction;

import org.jsoup.Jsoup;

/**
 * Not an extractor but the floor every jsoup-based one stands on: jsoup's parse of the page plus
 * {@code text()} of the whole document. Its time is what parsing costs; its quality is that of
 * keeping everything.
 */
final class JsoupPageText implements TextExtractor {

    static final String NAME = "jsoup parse + text()";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String text(String html, String url) {
        return Jsoup.parse(html, url).text();
    }
}
