package io.newsdesk.bench.extraction;

import io.newsdesk.bench.BenchmarkException;
import io.newsdesk.extract.eval.BenchmarkCorpus;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * A page of the article-extraction-benchmark corpus as the extractors get it: decoded once (the
 * corpus is UTF-8), so that every extractor is timed from the same string.
 *
 * @param id the page's id in the corpus
 * @param url the page's address
 * @param html the page
 * @param truth the true article body
 */
record CorpusPage(String id, String url, String html, String truth) {

    /**
     * The corpus in the shared folder.
     *
     * @throws BenchmarkException when it is missing or unreadable
     */
    static List<CorpusPage> load(Path sharedFolder) throws BenchmarkException {
        Path folder = sharedFolder.resolve(BenchmarkCorpus.FOLDER);
        try {
            return BenchmarkCorpus.load(folder).stream()
                    .map(page -> new CorpusPage(page.id(), page.url(), page.htmlText(), page.articleBody()))
                    .toList();
        } catch (UncheckedIOException e) {
            throw new BenchmarkException("cannot read the article-extraction corpus in " + folder
                    + " (--shared names the shared folder): " + e.getCause().getMessage(), e);
        }
    }
}
