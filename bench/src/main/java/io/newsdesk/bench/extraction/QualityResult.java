package io.newsdesk.bench.extraction;

import io.newsdesk.extract.eval.ShingleMetric;
import java.util.ArrayList;
import java.util.List;

/**
 * An extractor's quality on the corpus, by the benchmark's own metric ({@link ShingleMetric}).
 *
 * @param extractor the extractor's name
 * @param scores precision, recall and F1
 * @param pages pages scored
 * @param failures pages on which the extractor threw (scored as no text)
 */
record QualityResult(String extractor, ShingleMetric.Scores scores, int pages, int failures) {

    /** Runs the extractor once over every page and scores what it gave. */
    static QualityResult measure(TextExtractor extractor, List<CorpusPage> pages) {
        List<ShingleMetric.PageCounts> counts = new ArrayList<>(pages.size());
        int failures = 0;
        for (CorpusPage page : pages) {
            String text;
            try {
                text = extractor.text(page.html(), page.url());
            } catch (Exception e) {
                failures++;
                text = "";
            }
            counts.add(ShingleMetric.compare(page.truth(), text));
        }
        return new QualityResult(extractor.name(), ShingleMetric.aggregate(counts), pages.size(), failures);
    }
}
