package io.newsdesk.extract;

import java.time.Instant;
import java.util.List;

/**
 * What a page says about itself, each field taken from the most trusted source that states it
 * (see {@link MetadataReader}), plus the declarations that help judge the body.
 *
 * @param articleBody the body text the page's JSON-LD states, or {@code null}: evidence for
 *     finding the body in the markup
 * @param declaredArticle whether JSON-LD or OpenGraph declares the page an article
 * @param declaredVideo whether the page declares itself a video page
 * @param paywalled whether JSON-LD says the article is not accessible for free
 */
record PageMetadata(
        String title,
        String dek,
        List<String> byline,
        Instant published,
        Instant modified,
        String language,
        String leadImage,
        String canonicalUrl,
        String siteName,
        String articleBody,
        boolean declaredArticle,
        boolean declaredVideo,
        boolean paywalled) {

    PageMetadata {
        byline = List.copyOf(byline);
    }
}
