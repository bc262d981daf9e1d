package io.newsdesk.web.ui;

import io.newsdesk.domain.DatePrecision;
import java.time.Instant;
import java.util.Objects;

/**
 * One search hit.
 *
 * @param entryId the entry found
 * @param titleHtml the title as highlighted HTML: text escaped by the search index, matches in
 *     {@code <mark>}
 * @param snippetHtml a passage with the matches, as highlighted HTML like the title, or
 *     {@code null}
 * @param source the outlet or feed, or {@code null}
 * @param published when it was published, or {@code null} when unknown
 */
public record SearchResultRow(
        long entryId, TrustedHtml titleHtml, TrustedHtml snippetHtml, String source, Timestamp published) {

    public SearchResultRow {
        Objects.requireNonNull(titleHtml, "titleHtml");
    }

    /**
     * Builds a hit from the search index's highlights.
     *
     * @param titleHtml the highlighted title, escaped by the index; blank gives "Untitled entry"
     * @param snippetHtml the highlighted passage, escaped by the index, or {@code null}
     * @param precision how precisely {@code published} is known
     */
    public static SearchResultRow of(
            long entryId,
            String titleHtml,
            String snippetHtml,
            String source,
            Instant published,
            DatePrecision precision,
            TimeContext time) {
        // The placeholder has no markup characters, so it is valid HTML as it stands.
        String title = EntryDisplay.isBlank(titleHtml) ? EntryDisplay.UNTITLED : titleHtml;
        return new SearchResultRow(
                entryId,
                new TrustedHtml(title),
                EntryDisplay.isBlank(snippetHtml) ? null : new TrustedHtml(snippetHtml),
                EntryDisplay.blankToNull(source),
                time.stamp(published, precision));
    }
}
