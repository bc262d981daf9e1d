package io.newsdesk.store;

/**
 * What a selection of entries is sorted by; ties are broken by entry id in the same direction, so
 * every order is total and pages never overlap. Values a row may lack sort as the empty or
 * smallest value on both databases.
 */
public enum EntryOrder {
    /** Entry id: the order entries were first stored in. */
    ID(null, "id"),
    /** When published, as far as known: the publication time, never later than when it was stored. */
    PUBLISHED(null, "sort_at"),
    /** When Newsdesk first stored the entry. */
    STORED(null, "created_at"),
    /** When the entry's content last changed. */
    CHANGED(null, "changed_at"),
    /** Headline. */
    TITLE("COALESCE(e.title, '')", null),
    /** Authors as stored, which sorts by the first author's name. */
    AUTHOR("COALESCE(e.authors, '')", null),
    /** Read entries before unread ones when ascending. */
    STATUS("CASE WHEN COALESCE(st.read, FALSE) THEN 0 ELSE 1 END", null),
    /** The subscription's category id; uncategorized first when ascending. */
    CATEGORY_ID("COALESCE(s.category_id, 0)", null),
    /** The subscription's category name; uncategorized first when ascending. */
    CATEGORY_TITLE("COALESCE(c.title, '')", null);

    private final String expression;
    private final String entryColumn;

    EntryOrder(String expression, String entryColumn) {
        this.expression = expression;
        this.entryColumn = entryColumn;
    }

    /** Whether the key is a column of the entry itself, which a cursor ({@link EntrySelection#after}) needs. */
    public boolean isEntryColumn() {
        return entryColumn != null;
    }

    /**
     * The key over the listing's aliases: {@code e} entries, {@code s} subscriptions, {@code st}
     * states, {@code c} categories.
     */
    String expression() {
        return entryColumn != null ? "e." + entryColumn : expression;
    }

    /** The entry column of the key, for looking up a cursor entry's value; {@code null} for other keys. */
    String entryColumn() {
        return entryColumn;
    }
}
