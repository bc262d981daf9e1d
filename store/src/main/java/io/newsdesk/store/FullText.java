package io.newsdesk.store;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The full text of one entry, as far as it got: waiting, fetched (the article extracted from the
 * entry's page) or failed (why). Stored beside the entry, whose own text is never changed.
 *
 * @param entryId the entry
 * @param status where it stands
 * @param pageUrl the page that was asked for (the entry's link)
 * @param finalUrl where the page was found after redirects, or {@code null} before it was fetched
 * @param html the article's body as sanitized HTML with absolute URLs, or {@code null}
 * @param text the article's body as plain text, or {@code null}
 * @param byline the authors the page names, in order
 * @param leadImage the page's lead image, or {@code null}
 * @param published when the page says it was published, or {@code null}
 * @param siteName the publication's name as the page gives it, or {@code null}
 * @param fetchedAt when the article was fetched, or {@code null}
 * @param attemptedAt when the last attempt ended, or {@code null} before the first
 * @param httpStatus the status of the last answer, or {@code null}
 * @param errorCode the kind of the last failure (such as {@code "timeout"}), or {@code null}
 * @param error the last failure in words, or {@code null}
 * @param attempts how many attempts failed so far
 * @param nextAttemptAt when the next attempt is due, or {@code null} when none is
 */
public record FullText(
        long entryId,
        FullTextStatus status,
        String pageUrl,
        String finalUrl,
        String html,
        String text,
        List<String> byline,
        String leadImage,
        Instant published,
        String siteName,
        Instant fetchedAt,
        Instant attemptedAt,
        Integer httpStatus,
        String errorCode,
        String error,
        int attempts,
        Instant nextAttemptAt) {

    public FullText {
        Objects.requireNonNull(status, "status");
        byline = byline == null ? List.of() : List.copyOf(byline);
    }
}
