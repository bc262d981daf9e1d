package io.newsdesk.extract.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.domain.Article;
import io.newsdesk.extract.ArticleExtractor;
import io.newsdesk.extract.eval.BenchmarkCorpus.Page;
import io.newsdesk.extract.eval.ShingleMetric.PageCounts;
import io.newsdesk.extract.eval.ShingleMetric.Scores;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs the extractor over the article-extraction-benchmark corpus and holds its quality to a
 * floor, so that a change that makes extraction worse fails the build.
 */
class ArticleExtractionBenchmarkTest {

    static final double MIN_PRECISION = 0.96;
    static final double MIN_RECALL = 0.975;
    static final double MIN_F1 = 0.97;
    /** Two pages of the corpus are paywall stubs (their true body is the stub); the rest are articles. */
    static final int MAX_PAGES_JUDGED_NOT_ARTICLES = 2;

    @Test
    void extractionQualityStaysAboveTheFloor() {
        ArticleExtractor extractor = new ArticleExtractor();
        List<PageCounts> counts = new ArrayList<>();
        int notArticles = 0;
        for (Page page : BenchmarkCorpus.load()) {
            Article article = extractor.extract(page.html(), BenchmarkCorpus.CONTENT_TYPE, page.url());
            PageCounts pageCounts = ShingleMetric.compare(page.articleBody(), article.text());
            counts.add(pageCounts);
            if (!article.isArticle()) {
                notArticles++;
            }
            if (System.getProperty("newsdesk.eval.verbose") != null) {
                System.out.printf("%s p=%.3f r=%.3f article=%s %s%n", page.id(),
                        pageCounts.precision(), pageCounts.recall(), article.isArticle(), page.url());
            }
        }
        Scores scores = ShingleMetric.aggregate(counts);
        System.out.printf("article-extraction-benchmark: %d pages, precision=%.4f recall=%.4f"
                + " F1=%.4f, judged not articles: %d%n",
                counts.size(), scores.precision(), scores.recall(), scores.f1(), notArticles);

        assertThat(counts).hasSize(181);
        assertThat(scores.precision()).isGreaterThanOrEqualTo(MIN_PRECISION);
        assertThat(scores.recall()).isGreaterThanOrEqualTo(MIN_RECALL);
        assertThat(scores.f1()).isGreaterThanOrEqualTo(MIN_F1);
        assertThat(notArticles).isLessThanOrEqualTo(MAX_PAGES_JUDGED_NOT_ARTICLES);
    }
}
