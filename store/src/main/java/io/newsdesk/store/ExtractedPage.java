package io.newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * An article extracted from an entry's page, to store as the entry's full text.
 *
 * @param finalUrl where the page was found after redirects
 * @param httpStatus the status of the answer
 * @param html the body as sanitized HTML with absolute URLs
 * @param text the body as plain text
 * @param byline the authors the page names
 * @param leadImage the lead image, or {@code null}
 * @param published when the page says it was published, or {@code null}
 * @param siteName the publication's name, or {@code null}
 */
public record ExtractedPage(
        String finalUrl,
        int httpStatus,
        String html,
        String text,
        List<String> byline,
        String leadImage,
        Instant published,
        String siteName) {

    public ExtractedPage {
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(text, "text");
        byline = byline == null ? List.of() : List.copyOf(byline);
    }
}
