package io.newsdesk.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One news item as a stage produced it: parsed from a feed, extracted from a page or read from
 * aggregator teaser text. Storage adds identity and per-user state around it; this record is only
 * the content.
 *
 * <p>HTML fields ({@code summary}, {@code content}) hold sanitized HTML; {@code dek} and
 * {@code title} are plain text. Lists are never {@code null}.
 *
 * @param guid the publisher's identifier (RSS guid, Atom id, JSON Feed id), or {@code null}
 * @param title headline, plain text
 * @param link URL of the original article
 * @param published when it was published, at {@code publishedPrecision}
 * @param updated when it was last changed, or {@code null}
 * @param publishedPrecision how precisely {@code published} is known; {@code null} when published
 *     is unknown
 * @param authors names of the authors, in order
 * @param summary short description (sanitized HTML), or {@code null}
 * @param content the full body (sanitized HTML), or {@code null}
 * @param dek the standfirst under the headline, plain text, or {@code null}
 * @param categories tags and categories as the publisher gave them
 * @param enclosures attached media
 * @param source the outlet, or {@code null} when it is the feed itself
 * @param teaser {@code true} when the text is only a teaser of a longer article at {@code link}
 * @param count a count an aggregator showed next to the item (reports, comments), or {@code null}
 * @param language BCP 47 language tag, or {@code null}
 * @param imageUrl lead image, or {@code null}
 */
public record Entry(
        String guid,
        String title,
        String link,
        Instant published,
        Instant updated,
        DatePrecision publishedPrecision,
        List<String> authors,
        String summary,
        String content,
        String dek,
        List<String> categories,
        List<Enclosure> enclosures,
        Source source,
        boolean teaser,
        Integer count,
        String language,
        String imageUrl) {

    public Entry {
        authors = copyWithoutNulls(authors);
        categories = copyWithoutNulls(categories);
        enclosures = copyWithoutNulls(enclosures);
        if (published != null && publishedPrecision == null) {
            publishedPrecision = DatePrecision.SECOND;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder pre-filled with this entry's values, for deriving a changed copy. */
    public Builder toBuilder() {
        return new Builder()
                .guid(guid)
                .title(title)
                .link(link)
                .published(published, publishedPrecision)
                .updated(updated)
                .authors(authors)
                .summary(summary)
                .content(content)
                .dek(dek)
                .categories(categories)
                .enclosures(enclosures)
                .source(source)
                .teaser(teaser)
                .count(count)
                .language(language)
                .imageUrl(imageUrl);
    }

    private static <T> List<T> copyWithoutNulls(List<T> values) {
        if (values == null || values.isEmpty()) {
            return List.of();
        }
        return values.stream().filter(Objects::nonNull).toList();
    }

    /** Builds an {@link Entry}; every field is optional. */
    public static final class Builder {
        private String guid;
        private String title;
        private String link;
        private Instant published;
        private Instant updated;
        private DatePrecision publishedPrecision;
        private final List<String> authors = new ArrayList<>();
        private String summary;
        private String content;
        private String dek;
        private final List<String> categories = new ArrayList<>();
        private final List<Enclosure> enclosures = new ArrayList<>();
        private Source source;
        private boolean teaser;
        private Integer count;
        private String language;
        private String imageUrl;

        private Builder() {}

        public Builder guid(String guid) {
            this.guid = guid;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder link(String link) {
            this.link = link;
            return this;
        }

        /** Sets an exact published time (precision {@link DatePrecision#SECOND}). */
        public Builder published(Instant published) {
            return published(published, published == null ? null : DatePrecision.SECOND);
        }

        public Builder published(Instant published, DatePrecision precision) {
            this.published = published;
            this.publishedPrecision = published == null ? null : precision;
            return this;
        }

        public Builder updated(Instant updated) {
            this.updated = updated;
            return this;
        }

        public Builder author(String author) {
            this.authors.add(author);
            return this;
        }

        public Builder authors(List<String> authors) {
            this.authors.clear();
            this.authors.addAll(authors);
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder content(String content) {
            this.content = content;
            return this;
        }

        public Builder dek(String dek) {
            this.dek = dek;
            return this;
        }

        public Builder category(String category) {
            this.categories.add(category);
            return this;
        }

        public Builder categories(List<String> categories) {
            this.categories.clear();
            this.categories.addAll(categories);
            return this;
        }

        public Builder enclosure(Enclosure enclosure) {
            this.enclosures.add(enclosure);
            return this;
        }

        public Builder enclosures(List<Enclosure> enclosures) {
            this.enclosures.clear();
            this.enclosures.addAll(enclosures);
            return this;
        }

        public Builder source(Source source) {
            this.source = source;
            return this;
        }

        public Builder teaser(boolean teaser) {
            this.teaser = teaser;
            return this;
        }

        public Builder count(Integer count) {
            this.count = count;
            return this;
        }

        public Builder language(String language) {
            this.language = language;
            return this;
        }

        public Builder imageUrl(String imageUrl) {
            this.imageUrl = imageUrl;
            return this;
        }

        public Entry build() {
            return new Entry(
                    guid,
                    title,
                    link,
                    published,
                    updated,
                    publishedPrecision,
                    authors,
                    summary,
                    content,
                    dek,
                    categories,
                    enclosures,
                    source,
                    teaser,
                    count,
                    language,
                    imageUrl);
        }
    }
}
