package io.newsdesk.service.fulltext;

import io.newsdesk.domain.Article;
import io.newsdesk.extract.ArticleExtractor;
import io.newsdesk.extract.Extraction;
import io.newsdesk.fetch.FetchException;
import io.newsdesk.fetch.FetchRequest;
import io.newsdesk.fetch.FetchResult;
import io.newsdesk.fetch.Fetcher;
import io.newsdesk.store.ExtractedPage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the article on an entry's page: fetches it with the shared {@link Fetcher} (its size cap,
 * timeouts, redirect limit and address policy apply), extracts the article (the extractor tells
 * HTML from other content, whatever its label) and says plainly what went wrong when something
 * did. Never throws for anything the page does.
 */
final class PageReader {

    private static final Logger log = LoggerFactory.getLogger(PageReader.class);

    private final Fetcher fetcher;
    private final ArticleExtractor extractor;

    PageReader(Fetcher fetcher, ArticleExtractor extractor) {
        this.fetcher = fetcher;
        this.extractor = extractor;
    }

    /**
     * Fetches and extracts the page at {@code url}. When the calling thread is interrupted
     * (shutting down), the outcome is a failure that should not be recorded: the caller checks
     * the interrupt flag.
     */
    PageOutcome read(String url) {
        if (ReservedNames.isReserved(url)) {
            return failed(PageProblem.of(FailureKind.INVALID_URL,
                    url + " is on a domain reserved for examples: no site can be there"));
        }
        FetchResult response;
        try {
            response = fetcher.fetch(FetchRequest.page(url));
        } catch (FetchException e) {
            return failed(FetchFailures.problem(e));
        }
        if (response.body().length == 0) {
            return failed(problem(FailureKind.EMPTY, "the page is empty", response));
        }
        return extract(response);
    }

    private PageOutcome extract(FetchResult response) {
        Extraction extraction;
        try {
            extraction = extractor.extractDetailed(response.body(), response.contentType(), response.finalUrl());
        } catch (RuntimeException | StackOverflowError e) {
            // The extractor promises not to throw, and deep markup does not make it recurse too far;
            // should either happen, this page fails alone instead of taking its worker down.
            log.warn("Extracting the article at {} failed", response.finalUrl(), e);
            return failed(problem(FailureKind.INTERNAL, "the article could not be extracted: " + e, response));
        }
        Article article = extraction.article();
        return switch (extraction.status()) {
            case NOT_HTML -> failed(problem(FailureKind.NOT_HTML,
                    fragment(extraction.detail(), "the page is not HTML"), response));
            case NOT_AN_ARTICLE -> failed(problem(FailureKind.NOT_ARTICLE,
                    fragment(extraction.detail(), "no article was found on the page"), response));
            case FAILED -> failed(problem(FailureKind.INTERNAL,
                    fragment(extraction.detail(), "the article could not be extracted"), response));
            case ARTICLE -> article.html() == null || article.text() == null || article.text().isBlank()
                    ? failed(problem(FailureKind.EMPTY, "no readable text was found on the page", response))
                    : new PageOutcome.Read(new ExtractedPage(response.finalUrl(), response.status(), article.html(),
                            article.text(), article.byline(), article.leadImage(), article.published(),
                            article.siteName()));
        };
    }

    private static PageProblem problem(FailureKind kind, String message, FetchResult response) {
        return new PageProblem(kind, message, response.status(), null);
    }

    /**
     * The extractor's sentence as the part of a sentence that entries show after a colon ("could
     * not fetch the full article: the page is a video page …"), or {@code fallback}.
     */
    private static String fragment(String sentence, String fallback) {
        if (sentence == null || sentence.isBlank()) {
            return fallback;
        }
        String text = sentence.strip();
        if (text.endsWith(".")) {
            text = text.substring(0, text.length() - 1);
        }
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static PageOutcome failed(PageProblem problem) {
        return new PageOutcome.Failed(problem);
    }
}
