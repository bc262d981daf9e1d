package io.newsdesk.web.ui;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.store.FullText;
import java.util.List;
import java.util.Objects;

/**
 * One entry as the article page shows it.
 *
 * @param id the entry's identifier
 * @param feedId the feed it came in
 * @param feedTitle that feed's title
 * @param title the headline, plain text
 * @param originalUrl the article at its publisher (http or https only), or {@code null}
 * @param sourceName the outlet, or the feed's title when the entry names none
 * @param sourceUrl the outlet's home page (http or https only), or {@code null}
 * @param byline the authors for a byline ("Ann Lee and Bo Chan"): the feed's, else the article
 *     page's; or {@code null}
 * @param published when it was published (by the feed, else by the article page), or {@code null}
 *     when unknown
 * @param updated when it last changed, shown only when it differs from {@code published}, or
 *     {@code null}
 * @param dek the standfirst, plain text, or {@code null}
 * @param content the body: the full text fetched from the article's page, else the content, else
 *     the summary (sanitized HTML), or {@code null}
 * @param imageUrl the lead image (http or https only), the feed's else the article page's, when the
 *     body does not already show it, or {@code null}
 * @param enclosures attached media with safe URLs
 * @param categories the publisher's tags and categories
 * @param count the count an aggregator showed next to it, or {@code null}
 * @param teaser whether the text shown is only a teaser of the article at {@code originalUrl}
 * @param read whether the reader has read it
 * @param starred whether the reader starred it
 * @param language the text's language as a BCP 47 tag, or {@code null}
 * @param fullText where fetching the article's page stands, or {@code null} when it was never wanted
 */
public record ArticleView(
        long id,
        long feedId,
        String feedTitle,
        String title,
        String originalUrl,
        String sourceName,
        String sourceUrl,
        String byline,
        Timestamp published,
        Timestamp updated,
        String dek,
        TrustedHtml content,
        String imageUrl,
        List<EnclosureView> enclosures,
        List<String> categories,
        Integer count,
        boolean teaser,
        boolean read,
        boolean starred,
        String language,
        FullTextView fullText) {

    public ArticleView {
        Objects.requireNonNull(feedTitle, "feedTitle");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceName, "sourceName");
        enclosures = List.copyOf(enclosures);
        categories = List.copyOf(categories);
    }

    /** Builds the view of a stored entry whose page was never fetched. */
    public static ArticleView from(StoredEntry stored, TimeContext time) {
        return from(stored, null, time);
    }

    /**
     * Builds the view of a stored entry and its full text ({@code null} for none); HTML fields are
     * trusted as the domain model promises (the full text is sanitized when extracted).
     */
    public static ArticleView from(StoredEntry stored, FullText fullText, TimeContext time) {
        Entry entry = stored.entry();
        FullTextView fullTextView = FullTextView.of(fullText, time);
        boolean fetched = fullTextView != null && fullTextView.isFetched();
        String body = fetched ? fullText.html() : entry.content() != null ? entry.content() : entry.summary();
        String byline = byline(entry.authors());
        Timestamp published = time.stamp(entry.published(), entry.publishedPrecision());
        String image = entry.imageUrl();
        if (fetched) {
            byline = byline != null ? byline : byline(fullText.byline());
            published = published != null ? published : time.stamp(fullText.published(), null);
            image = image != null ? image : fullText.leadImage();
        }
        var source = entry.source();
        return new ArticleView(
                stored.id(),
                stored.feedId(),
                EntryDisplay.feedTitle(stored),
                EntryDisplay.title(entry),
                SafeUrl.httpOrNull(entry.link()),
                EntryDisplay.sourceName(stored),
                source == null ? null : SafeUrl.httpOrNull(source.url()),
                byline,
                published,
                updatedIfDifferent(entry, time),
                EntryDisplay.blankToNull(entry.dek()),
                TrustedHtml.ofNullable(body),
                leadImage(image, body),
                entry.enclosures().stream().map(EnclosureView::from).filter(Objects::nonNull).toList(),
                entry.categories().stream().filter(c -> !c.isBlank()).map(String::strip).distinct().toList(),
                entry.count(),
                entry.teaser() && !fetched,
                stored.read(),
                stored.starred(),
                EntryDisplay.languageTag(entry),
                fullTextView);
    }

    /** Whether the reader may ask for the article's page: it has one, and it is not fetched or on its way. */
    public boolean fullTextRequestable() {
        return originalUrl != null && (fullText == null || fullText.isFailed());
    }

    /** {@code true} when the outlet differs from the feed, so both are named. */
    public boolean showsFeedSeparately() {
        return !sourceName.equals(feedTitle);
    }

    /** Joins author names as a byline: "Ann", "Ann and Bo", "Ann, Bo and Cy". */
    static String byline(List<String> authors) {
        List<String> names = authors.stream().filter(a -> !a.isBlank()).map(String::strip).distinct().toList();
        return switch (names.size()) {
            case 0 -> null;
            case 1 -> names.get(0);
            default -> String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
        };
    }

    private static Timestamp updatedIfDifferent(Entry entry, TimeContext time) {
        if (entry.updated() == null || entry.updated().equals(entry.published())) {
            return null;
        }
        return time.stamp(entry.updated(), null);
    }

    /** The lead image, unless the body already shows it (feeds often repeat it as the first image). */
    private static String leadImage(String imageUrl, String body) {
        String url = SafeUrl.httpOrNull(imageUrl);
        if (url == null || (body != null && body.contains(url))) {
            return null;
        }
        return url;
    }
}
