package io.newsdesk.store;

import io.newsdesk.domain.FeedDocument;
import io.newsdesk.domain.FeedFormat;

/**
 * What the latest parse of a feed said about the feed itself. Blank values count as absent, so
 * that they never erase what an earlier parse found.
 *
 * @param title the channel title, or {@code null}
 * @param siteUrl the site's home page, or {@code null}
 * @param description the channel description, or {@code null}
 * @param language BCP 47 language tag, or {@code null}
 * @param iconUrl icon or logo, or {@code null}
 * @param format the document's format, or {@code null}
 */
public record FeedMetadata(
        String title, String siteUrl, String description, String language, String iconUrl, FeedFormat format) {

    /** Treats blank values as absent. */
    public FeedMetadata {
        title = blankToNull(title);
        siteUrl = blankToNull(siteUrl);
        description = blankToNull(description);
        language = blankToNull(language);
        iconUrl = blankToNull(iconUrl);
    }

    /** The metadata of a parsed document. */
    public static FeedMetadata of(FeedDocument document) {
        return new FeedMetadata(
                document.title(),
                document.link(),
                document.description(),
                document.language(),
                document.iconUrl(),
                document.format());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
