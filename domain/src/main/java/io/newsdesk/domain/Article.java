package io.newsdesk.domain;

import java.time.Instant;
import java.util.List;

/**
 * An article extracted from a web page (or from aggregator teaser text).
 *
 * @param title headline, plain text
 * @param dek standfirst, plain text, or {@code null}
 * @param byline author names, in order
 * @param published first publication time, or {@code null}
 * @param modified last modification time, or {@code null}
 * @param language BCP 47 language tag, or {@code null}
 * @param leadImage absolute URL of the lead image, or {@code null}
 * @param canonicalUrl the page's canonical URL, or {@code null}
 * @param siteName the publication's name, or {@code null}
 * @param text the body as plain text, paragraphs separated by blank lines
 * @param html the body as sanitized HTML with absolute URLs
 * @param isArticle {@code false} when the page is not an article (a section front, a video page, a
 *     paywall stub); the other fields then hold what could be found
 */
public record Article(
        String title,
        String dek,
        List<String> byline,
        Instant published,
        Instant modified,
        String language,
        String leadImage,
        String canonicalUrl,
        String siteName,
        String text,
        String html,
        boolean isArticle) {

    public Article {
        byline = byline == null ? List.of() : List.copyOf(byline);
    }
}
