package io.newsdesk.web.ui;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.StoredEntry;
import java.util.IllformedLocaleException;
import java.util.Locale;

/** How an entry's fields read on any page: the rules the list and the article share. */
final class EntryDisplay {

    static final String UNTITLED = "Untitled entry";

    private EntryDisplay() {}

    /** The headline, or a placeholder for entries that have none. */
    static String title(Entry entry) {
        return isBlank(entry.title()) ? UNTITLED : entry.title().strip();
    }

    /** The outlet: the entry's named source, else the feed it came in. */
    static String sourceName(StoredEntry stored) {
        var source = stored.entry().source();
        if (source != null && !isBlank(source.name())) {
            return source.name().strip();
        }
        return feedTitle(stored);
    }

    /** The feed's title, or a placeholder for a feed without one. */
    static String feedTitle(StoredEntry stored) {
        return isBlank(stored.feedTitle()) ? "Untitled feed" : stored.feedTitle().strip();
    }

    /**
     * The entry's language as a well-formed BCP 47 tag for a {@code lang} attribute, or
     * {@code null} when it is missing or malformed.
     */
    static String languageTag(Entry entry) {
        if (isBlank(entry.language())) {
            return null;
        }
        try {
            Locale locale = new Locale.Builder().setLanguageTag(entry.language().strip().replace('_', '-')).build();
            String tag = locale.toLanguageTag();
            return tag.equals("und") ? null : tag;
        } catch (IllformedLocaleException e) {
            return null;
        }
    }

    static String blankToNull(String text) {
        return isBlank(text) ? null : text.strip();
    }

    static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
