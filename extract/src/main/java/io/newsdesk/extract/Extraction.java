package io.newsdesk.extract;

import io.newsdesk.domain.Article;
import java.util.Objects;

/**
 * The outcome of extracting one page: the article and what the extractor found out on the way,
 * for a caller that shows a status (why a page gave no article, or only part of one).
 *
 * @param article what was extracted; never {@code null} (empty when nothing could be)
 * @param status what the page turned out to be; {@link ExtractionStatus#ARTICLE} exactly when
 *     {@code article.isArticle()}
 * @param truncated whether the page was too large to read whole, and only its beginning was read
 *     (see {@link ArticleExtractor#MAX_PAGE_BYTES})
 * @param detail one sentence for the user saying why the page is not an article, what it is
 *     instead, or what was left unread; {@code null} for a whole article
 */
public record Extraction(Article article, ExtractionStatus status, boolean truncated, String detail) {

    /**
     * @throws NullPointerException when the article or status is missing
     */
    public Extraction {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(status, "status");
    }
}
