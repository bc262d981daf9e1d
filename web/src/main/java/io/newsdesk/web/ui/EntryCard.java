package io.newsdesk.web.ui;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.StoredEntry;
import java.util.Objects;

/**
 * One entry in a list: what its card shows.
 *
 * @param id the entry's identifier
 * @param title the headline, plain text
 * @param originalUrl the article at its publisher (http or https only), or {@code null}
 * @param sourceName the outlet, or the feed's title when the entry names none
 * @param feedId the feed it came in
 * @param feedTitle that feed's title
 * @param published when it was published, or {@code null} when unknown
 * @param count the count an aggregator showed next to it, or {@code null}
 * @param snippet the dek or the start of the summary, plain text, or {@code null}
 * @param read whether the reader has read it
 * @param starred whether the reader starred it
 * @param teaser whether the text is only a teaser of the article at {@code originalUrl}
 */
public record EntryCard(
        long id,
        String title,
        String originalUrl,
        String sourceName,
        long feedId,
        String feedTitle,
        Timestamp published,
        Integer count,
        String snippet,
        boolean read,
        boolean starred,
        boolean teaser) {

    /** How long a card's snippet may be: about three lines of a phone-wide card. */
    public static final int SNIPPET_LENGTH = 240;

    public EntryCard {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceName, "sourceName");
        Objects.requireNonNull(feedTitle, "feedTitle");
    }

    /**
     * Builds the card for a stored entry. The snippet is the dek when there is one (the
     * publisher's own summary line), else the start of the summary or, failing that, of the content.
     */
    public static EntryCard from(StoredEntry stored, TimeContext time) {
        Entry entry = stored.entry();
        return new EntryCard(
                stored.id(),
                EntryDisplay.title(entry),
                SafeUrl.httpOrNull(entry.link()),
                EntryDisplay.sourceName(stored),
                stored.feedId(),
                EntryDisplay.feedTitle(stored),
                time.stamp(entry.published(), entry.publishedPrecision()),
                entry.count(),
                snippet(entry),
                stored.read(),
                stored.starred(),
                entry.teaser());
    }

    /** {@code true} when the outlet differs from the feed, so the card also says "via" the feed. */
    public boolean showsFeedSeparately() {
        return !sourceName.equals(feedTitle);
    }

    private static String snippet(Entry entry) {
        if (!EntryDisplay.isBlank(entry.dek())) {
            return Snippet.truncate(entry.dek(), SNIPPET_LENGTH);
        }
        String html = entry.summary() != null ? entry.summary() : entry.content();
        return EntryDisplay.blankToNull(Snippet.fromHtml(html, SNIPPET_LENGTH));
    }
}
