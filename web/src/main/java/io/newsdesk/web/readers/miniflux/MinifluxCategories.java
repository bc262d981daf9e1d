package io.newsdesk.web.readers.miniflux;

import io.newsdesk.service.reader.ReaderCategory;
import io.newsdesk.service.reader.ReaderFeed;
import io.newsdesk.store.FeedScope;
import java.util.ArrayList;
import java.util.List;

/**
 * Categories as Miniflux clients see them. Miniflux files every feed under a category; Newsdesk
 * feeds may have none, so those appear under a category with id 0 that exists only in this API
 * (newsboat, for one, treats id 0 as "no category" and tags nothing).
 */
final class MinifluxCategories {

    static final long UNCATEGORIZED_ID = 0;
    static final String UNCATEGORIZED_TITLE = "Uncategorized";

    private MinifluxCategories() {}

    /** The feeds a category id stands for. */
    static FeedScope scope(long categoryId) {
        return categoryId == UNCATEGORIZED_ID ? FeedScope.uncategorized() : FeedScope.category(categoryId);
    }

    /**
     * The user's categories, and the uncategorized one when some feed is filed under none.
     *
     * @param counts whether to add each category's feed and unread counts
     */
    static List<MinifluxJson.Category> list(List<ReaderCategory> categories, List<ReaderFeed> feeds, long userId,
            boolean counts) {
        List<MinifluxJson.Category> listed = new ArrayList<>();
        for (ReaderCategory category : categories) {
            listed.add(MinifluxShapes.category(category, userId, counts));
        }
        List<ReaderFeed> uncategorized = feeds.stream().filter(feed -> feed.categoryId() == null).toList();
        if (!uncategorized.isEmpty()) {
            int unread = uncategorized.stream().mapToInt(feed -> feed.summary().unread()).sum();
            listed.add(MinifluxShapes.uncategorized(userId, uncategorized.size(), unread, counts));
        }
        return listed;
    }
}
