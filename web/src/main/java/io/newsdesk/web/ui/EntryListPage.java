package io.newsdesk.web.ui;

import java.util.List;
import java.util.Objects;

/**
 * An entry list: unread, all, starred, or one feed's entries.
 *
 * @param layout the shared frame
 * @param kind which entries the list shows
 * @param heading the page's heading ("Unread", or the feed's title)
 * @param baseHref the list's path and query without an offset, for paging links
 * @param feedId the feed whose entries are listed, or {@code null} for the other kinds
 * @param entries this page's entries, in display order
 * @param paging where this page sits in the whole list
 * @param hasFeeds whether the reader has any feed, which decides what an empty list suggests
 */
public record EntryListPage(
        Layout layout,
        EntryListKind kind,
        String heading,
        String baseHref,
        Long feedId,
        List<EntryCard> entries,
        Paging paging,
        boolean hasFeeds) {

    public EntryListPage {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(heading, "heading");
        Objects.requireNonNull(baseHref, "baseHref");
        Objects.requireNonNull(paging, "paging");
        entries = List.copyOf(entries);
    }

    /**
     * The unread, all or starred list.
     *
     * @throws IllegalArgumentException for {@link EntryListKind#FEED}; use {@link #forFeed}
     */
    public static EntryListPage of(
            Layout layout, EntryListKind kind, List<EntryCard> entries, Paging paging, boolean hasFeeds) {
        if (kind == EntryListKind.FEED) {
            throw new IllegalArgumentException("a feed's list needs the feed: use forFeed");
        }
        return new EntryListPage(layout, kind, kind.heading(), kind.path(), null, entries, paging, hasFeeds);
    }

    /** One feed's entries, headed by the feed's title. */
    public static EntryListPage forFeed(
            Layout layout, long feedId, String feedTitle, List<EntryCard> entries, Paging paging) {
        String heading = EntryDisplay.isBlank(feedTitle) ? "Untitled feed" : feedTitle.strip();
        return new EntryListPage(
                layout, EntryListKind.FEED, heading, "/feeds/" + feedId + "/entries", feedId, entries, paging, true);
    }

    /** This page's own URL, where forms send the reader back after a POST. */
    public String currentHref() {
        return Hrefs.withOffset(baseHref, paging.offset());
    }

    /** The unread entries on this page, which "Mark page as read" marks. */
    public List<Long> unreadIds() {
        return entries.stream().filter(card -> !card.read()).map(EntryCard::id).toList();
    }
}
