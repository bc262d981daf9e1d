package io.newsdesk.service.reader;

import io.newsdesk.domain.Feed;
import io.newsdesk.domain.StoredEntry;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.feeds.FeedService;
import io.newsdesk.service.feeds.RefreshOutcome;
import io.newsdesk.store.Category;
import io.newsdesk.store.Database;
import io.newsdesk.store.EntrySelection;
import io.newsdesk.store.FeedScope;
import io.newsdesk.store.FeedSummary;
import io.newsdesk.store.SubscriptionSettings;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What the reader apps' sync protocols (Miniflux, Google Reader, Fever) do, in their terms:
 * folders with counts, feeds with their folder's id, entries of a feed or folder in any order and
 * from any position, state changes on many entries at once, "mark all as read" up to a moment.
 * Always on behalf of one user: another user's feeds, categories and entries do not exist here.
 */
public final class ReaderService {

    private final Database database;
    private final FeedService feeds;

    public ReaderService(Database database, FeedService feeds) {
        this.database = database;
        this.feeds = feeds;
    }

    /** The user's categories with their feed and unread counts, in alphabetical order. */
    public List<ReaderCategory> categories(long userId) {
        Map<String, List<FeedSummary>> filed = feeds.list(userId).stream()
                .filter(summary -> summary.feed().category() != null)
                .collect(Collectors.groupingBy(summary -> summary.feed().category()));
        return database.categories().list(userId).stream()
                .map(category -> {
                    List<FeedSummary> inCategory = filed.getOrDefault(category.title(), List.of());
                    int unread = inCategory.stream().mapToInt(FeedSummary::unread).sum();
                    return new ReaderCategory(category.id(), category.title(), inCategory.size(), unread);
                })
                .toList();
    }

    /**
     * One of the user's categories.
     *
     * @throws NewsdeskException NOT_FOUND when the user has no such category
     */
    public ReaderCategory category(long userId, long categoryId) {
        return categories(userId).stream()
                .filter(category -> category.id() == categoryId)
                .findFirst()
                .orElseThrow(() -> NewsdeskException.notFound("no category " + categoryId));
    }

    /** The user's category of this name, if they have one. */
    public Optional<ReaderCategory> categoryNamed(long userId, String title) {
        return categories(userId).stream().filter(category -> category.title().equals(title)).findFirst();
    }

    /** The user's feeds by category, then title, each with its category's id and newest entry. */
    public List<ReaderFeed> feeds(long userId) {
        Map<String, Long> categoryIds = new HashMap<>();
        for (Category category : database.categories().list(userId)) {
            categoryIds.put(category.title(), category.id());
        }
        Map<Long, Instant> newest = database.reader().newestEntryTimes(userId);
        return feeds.list(userId).stream()
                .map(summary -> new ReaderFeed(summary,
                        summary.feed().category() == null ? null : categoryIds.get(summary.feed().category()),
                        newest.get(summary.feed().id())))
                .toList();
    }

    /**
     * One of the user's feeds.
     *
     * @throws NewsdeskException NOT_FOUND when the user does not subscribe to it
     */
    public ReaderFeed feed(long userId, long feedId) {
        return feeds(userId).stream()
                .filter(feed -> feed.id() == feedId)
                .findFirst()
                .orElseThrow(() -> NewsdeskException.notFound("no feed " + feedId));
    }

    /**
     * The page of the user's entries the selection describes.
     *
     * @throws NewsdeskException NOT_FOUND when the selection names a feed or category the user
     *     does not have
     */
    public List<StoredEntry> entries(long userId, EntrySelection selection) {
        requireScope(userId, selection.scope());
        return database.reader().list(userId, selection);
    }

    /** How many of the user's entries match the selection on all pages; checks it like {@link #entries}. */
    public long count(long userId, EntrySelection selection) {
        requireScope(userId, selection.scope());
        return database.reader().count(userId, selection);
    }

    /** The ids of the page of entries the selection describes; checks it like {@link #entries}. */
    public List<Long> entryIds(long userId, EntrySelection selection) {
        requireScope(userId, selection.scope());
        return database.reader().ids(userId, selection);
    }

    /**
     * One of the user's entries.
     *
     * @throws NewsdeskException NOT_FOUND when it does not exist or belongs to a feed the user
     *     does not subscribe to
     */
    public StoredEntry entry(long userId, long entryId) {
        return database.entries().find(userId, entryId)
                .orElseThrow(() -> NewsdeskException.notFound("no entry " + entryId));
    }

    /** Marks entries read or unread; ids that are not the user's are ignored. Returns how many changed. */
    public int setRead(long userId, Collection<Long> entryIds, boolean read) {
        return database.entries().setRead(userId, entryIds, read);
    }

    /** Stars or unstars entries; ids that are not the user's are ignored. Returns how many changed. */
    public int setStarred(long userId, Collection<Long> entryIds, boolean starred) {
        return database.reader().setStarred(userId, entryIds, starred);
    }

    /**
     * Stars the entry when it is not starred, else unstars it.
     *
     * @return the entry after the change
     * @throws NewsdeskException NOT_FOUND when the user has no such entry
     */
    public StoredEntry toggleStarred(long userId, long entryId) {
        StoredEntry entry = entry(userId, entryId);
        database.entries().setStarred(userId, entryId, !entry.starred());
        return entry(userId, entryId);
    }

    /**
     * Marks read the entries of a scope that were first stored at or before {@code storedUntil}
     * ({@code null}: all of them).
     *
     * @return how many entries changed state
     * @throws NewsdeskException NOT_FOUND when the scope names a feed or category the user does
     *     not have
     */
    public int markRead(long userId, FeedScope scope, Instant storedUntil) {
        requireScope(userId, scope);
        return database.reader().markRead(userId, scope, storedUntil);
    }

    /**
     * Subscribes the user to a feed (see {@link FeedService#add}), under their own title when one
     * is given.
     *
     * @param title the user's title for it, or {@code null} for the feed's own
     * @param category the category to file it under, or {@code null}
     */
    public Feed subscribe(long userId, String url, String title, String category) {
        Feed feed = feeds.add(userId, url, category);
        if (title != null && !title.isBlank()) {
            database.feeds().subscribe(userId, feed.id(), title, category);
        }
        return feed;
    }

    /** Unsubscribes the user (see {@link FeedService#remove}). */
    public void unsubscribe(long userId, long feedId) {
        feeds.remove(userId, feedId);
    }

    /** Checks one of the user's feeds now (see {@link FeedService#refresh}). */
    public RefreshOutcome refresh(long userId, long feedId) {
        return feeds.refresh(userId, feedId);
    }

    /**
     * The user's own title and category for one of their feeds.
     *
     * @throws NewsdeskException NOT_FOUND when the user does not subscribe to it
     */
    public SubscriptionSettings subscription(long userId, long feedId) {
        return database.reader().subscription(userId, feedId)
                .orElseThrow(() -> NewsdeskException.notFound("no feed " + feedId));
    }

    /**
     * Renames or refiles one of the user's feeds: the title ({@code null} for the feed's own) and
     * category ({@code null} for none) become the given ones.
     *
     * @throws NewsdeskException NOT_FOUND when the user does not subscribe to it
     */
    public void updateSubscription(long userId, long feedId, SubscriptionSettings settings) {
        subscription(userId, feedId);
        database.feeds().subscribe(userId, feedId, settings.title(), settings.category());
    }

    private void requireScope(long userId, FeedScope scope) {
        switch (scope) {
            case FeedScope.OneFeed one -> {
                if (database.feeds().find(userId, one.feedId()).isEmpty()) {
                    throw NewsdeskException.notFound("no feed " + one.feedId());
                }
            }
            case FeedScope.OneCategory one -> {
                if (database.categories().list(userId).stream().noneMatch(c -> c.id() == one.categoryId())) {
                    throw NewsdeskException.notFound("no category " + one.categoryId());
                }
            }
            case FeedScope.AllFeeds all -> { }
            case FeedScope.Uncategorized none -> { }
        }
    }
}
