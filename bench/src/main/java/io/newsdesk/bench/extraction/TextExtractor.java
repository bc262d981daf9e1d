package io.newsdesk.bench.extraction;

/**
 * One way of getting an article's text out of a page, as the benchmark runs it: from the page's
 * HTML as a string (decoded once, outside the timing) to plain text, parsing included.
 */
interface TextExtractor {

    /** The name the report shows. */
    String name();

    /**
     * The article text of a page.
     *
     * @param html the whole page
     * @param url the page's address
     * @throws Exception whatever the extractor throws on this page: the harness counts it as a
     *     failure, with no text
     */
    String text(String html, String url) throws Exception;
}
