package io.newsdesk.parse.feed;

import io.newsdesk.domain.Enclosure;
import io.newsdesk.domain.Entry;
import io.newsdesk.domain.Source;
import io.newsdesk.parse.date.ParsedDate;
import io.newsdesk.parse.text.Languages;
import io.newsdesk.parse.text.PlainText;
import io.newsdesk.sanitize.HtmlSanitizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * One entry being read. Like {@link FeedDraft}, each single-valued field keeps the first value
 * offered, so readers offer the preferred element first; fallbacks that may come earlier in the
 * document than the preferred element (a Media RSS description before the RSS description) have
 * their own slots, used only when the preferred one stays empty.
 */
public final class EntryDraft {

    /** HTML and the base its relative URLs resolve against. */
    private record Html(String html, String base) {}

    private String guid;
    private String permalinkGuid;
    private String title;
    private String fallbackTitle;
    private String link;
    private ParsedDate published;
    private ParsedDate updated;
    private final Set<String> authors = new LinkedHashSet<>();
    private Html summary;
    private Html fallbackSummary;
    private Html content;
    private final Set<String> categories = new LinkedHashSet<>();
    private final Map<String, Enclosure> enclosures = new LinkedHashMap<>();
    private Source source;
    private String language;
    private String imageUrl;

    public void guid(String guid) {
        this.guid = first(this.guid, PlainText.blankToNull(guid));
    }

    /** An RSS guid that is also the entry's permalink: the link when the item has no {@code link}. */
    public void permalinkGuid(String url) {
        this.permalinkGuid = first(this.permalinkGuid, url);
    }

    /** The title, already plain text. */
    public void title(String title) {
        this.title = first(this.title, title);
    }

    /** A title from a secondary element (Dublin Core, Media RSS), used when there is no other. */
    public void fallbackTitle(String title) {
        this.fallbackTitle = first(this.fallbackTitle, title);
    }

    /** The link, already absolute. */
    public void link(String link) {
        this.link = first(this.link, link);
    }

    public void published(ParsedDate date) {
        this.published = this.published == null ? date : this.published;
    }

    public void updated(ParsedDate date) {
        this.updated = this.updated == null ? date : this.updated;
    }

    /** Adds an author name (already cleaned); duplicates are ignored. */
    public void author(String name) {
        if (name != null) {
            authors.add(name);
        }
    }

    /** The summary, as unsanitized HTML, and the base for its relative URLs. */
    public void summary(String html, String base) {
        if (summary == null && PlainText.blankToNull(html) != null) {
            summary = new Html(html, base);
        }
    }

    /** A summary from a secondary element (iTunes, Media RSS), used when there is no other. */
    public void fallbackSummary(String html, String base) {
        if (fallbackSummary == null && PlainText.blankToNull(html) != null) {
            fallbackSummary = new Html(html, base);
        }
    }

    /** The full content, as unsanitized HTML, and the base for its relative URLs. */
    public void content(String html, String base) {
        if (content == null && PlainText.blankToNull(html) != null) {
            content = new Html(html, base);
        }
    }

    /** Adds a category or tag; duplicates are ignored. */
    public void category(String category) {
        String text = PlainText.guessLine(category);
        if (text != null) {
            categories.add(text);
        }
    }

    /** Adds an enclosure; a second one with the same URL only fills in what the first lacked. */
    public void enclosure(Enclosure enclosure) {
        enclosures.merge(enclosure.url(), enclosure, (known, more) -> new Enclosure(
                known.url(),
                known.type() != null ? known.type() : more.type(),
                known.length() != null ? known.length() : more.length()));
    }

    public void source(Source source) {
        this.source = this.source == null ? source : this.source;
    }

    public void language(String language) {
        this.language = first(this.language, Languages.normalize(language));
    }

    public void imageUrl(String imageUrl) {
        this.imageUrl = first(this.imageUrl, imageUrl);
    }

    /**
     * The entry, its HTML sanitized.
     *
     * @param fallbackAuthors authors to use when the entry names none (Atom's feed-level authors)
     * @param fallbackLanguage the language when the entry states none (the channel's)
     */
    public Entry build(Iterable<String> fallbackAuthors, String fallbackLanguage) {
        Entry.Builder builder = Entry.builder()
                .guid(guid)
                .title(title != null ? title : fallbackTitle)
                .link(link != null ? link : permalinkGuid)
                .summary(sanitize(summary != null ? summary : fallbackSummary))
                .content(sanitize(content))
                .categories(new ArrayList<>(categories))
                .enclosures(new ArrayList<>(enclosures.values()))
                .source(source)
                .teaser(false)
                .count(null)
                .language(language != null ? language : fallbackLanguage)
                .imageUrl(imageUrl);
        ParsedDate when = published != null ? published : updated;
        if (when != null) {
            builder.published(when.instant(), when.precision());
        }
        if (updated != null) {
            builder.updated(updated.instant());
        }
        if (!authors.isEmpty()) {
            builder.authors(new ArrayList<>(authors));
        } else if (fallbackAuthors != null) {
            fallbackAuthors.forEach(builder::author);
        }
        return builder.build();
    }

    private static String sanitize(Html html) {
        return html == null ? null : HtmlSanitizer.sanitize(html.html(), html.base());
    }

    private static String first(String current, String offered) {
        return current != null ? current : offered;
    }
}
