package io.newsdesk.parse.feed;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.domain.FeedFormat;
import io.newsdesk.parse.text.Languages;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The channel of a feed being read, and its entries so far. Every channel field keeps the first
 * value a reader offers, so readers offer the preferred element first and the fallbacks after.
 */
public final class FeedDraft {

    private final String documentUrl;
    private final int maxEntries;
    private final Problems problems;
    private FeedFormat format;
    private String title;
    private String link;
    private String selfUrl;
    private String description;
    private String fallbackDescription;
    private String language;
    private String iconUrl;
    private String fallbackIconUrl;
    private Duration ttl;
    private final Set<String> authors = new LinkedHashSet<>();
    private final List<Entry> entries = new ArrayList<>();
    private boolean entriesCut;

    /**
     * @param documentUrl where the document came from, or {@code null}
     * @param maxEntries how many entries to keep; later ones are dropped and the cut noted
     * @param problems where to note what was wrong
     */
    public FeedDraft(String documentUrl, int maxEntries, Problems problems) {
        this.documentUrl = documentUrl;
        this.maxEntries = maxEntries;
        this.problems = problems;
    }

    /** Where the document came from, or {@code null}. */
    public String documentUrl() {
        return documentUrl;
    }

    /** Where readers note what was wrong with the document. */
    public Problems problems() {
        return problems;
    }

    public void format(FeedFormat format) {
        this.format = format;
    }

    public void title(String title) {
        this.title = first(this.title, title);
    }

    public void link(String link) {
        this.link = first(this.link, link);
    }

    public void selfUrl(String selfUrl) {
        this.selfUrl = first(this.selfUrl, selfUrl);
    }

    public void description(String description) {
        this.description = first(this.description, description);
    }

    /** A description from a secondary element (iTunes, Dublin Core), used when there is no other. */
    public void fallbackDescription(String description) {
        this.fallbackDescription = first(this.fallbackDescription, description);
    }

    public void language(String language) {
        this.language = first(this.language, Languages.normalize(language));
    }

    /** The channel's language so far, for entries that do not state their own. */
    public String language() {
        return language;
    }

    public void iconUrl(String iconUrl) {
        this.iconUrl = first(this.iconUrl, iconUrl);
    }

    /** An image from a secondary element (iTunes, Atom-in-RSS), used when there is no other. */
    public void fallbackIconUrl(String iconUrl) {
        this.fallbackIconUrl = first(this.fallbackIconUrl, iconUrl);
    }

    public void ttl(Duration ttl) {
        this.ttl = this.ttl == null ? ttl : this.ttl;
    }

    /** Adds an author of the whole feed: Atom entries without their own inherit them. */
    public void author(String name) {
        if (name != null) {
            authors.add(name);
        }
    }

    /** The feed's authors so far. */
    public List<String> authors() {
        return List.copyOf(authors);
    }

    /** Adds an entry, unless the limit is reached (which is then noted once). */
    public void add(Entry entry) {
        if (wantsEntries()) {
            entries.add(entry);
        }
    }

    /** {@code true} while more entries are wanted; readers skip entries once it is {@code false}. */
    public boolean wantsEntries() {
        if (entries.size() < maxEntries) {
            return true;
        }
        if (!entriesCut) {
            entriesCut = true;
            problems.accept("the feed has more than " + maxEntries + " entries; only the first "
                    + maxEntries + " were read");
        }
        return false;
    }

    /** The document as read. */
    public FeedDocument build() {
        return new FeedDocument(format, title, link, selfUrl, first(description, fallbackDescription), language,
                first(iconUrl, fallbackIconUrl), ttl, entries, problems.list());
    }

    private static String first(String current, String offered) {
        return current != null ? current : offered;
    }
}
