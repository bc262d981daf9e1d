package io.newsdesk.store;

import java.text.Collator;
import java.util.Comparator;
import java.util.Locale;

/**
 * Orders titles as people expect (case and accents aside), the same on both databases: SQLite's
 * own ordering knows only ASCII.
 */
final class TitleOrder {

    private static final Collator COLLATOR = collator();

    /** Titles in alphabetical order; {@code null} last. */
    static final Comparator<String> TITLES = Comparator.nullsLast(COLLATOR::compare);

    private TitleOrder() {}

    private static Collator collator() {
        Collator collator = Collator.getInstance(Locale.ROOT);
        collator.setStrength(Collator.SECONDARY);
        return collator;
    }
}
