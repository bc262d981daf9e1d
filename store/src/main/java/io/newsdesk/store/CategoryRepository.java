package io.newsdesk.store;

import java.util.Comparator;
import java.util.List;

/**
 * A user's categories. They are created by {@link FeedRepository#subscribe} as feeds are filed.
 *
 * @see Database#categories()
 */
public final class CategoryRepository {

    private final DatabaseAccess access;

    CategoryRepository(DatabaseAccess access) {
        this.access = access;
    }

    /** The user's categories in alphabetical order. */
    public List<Category> list(long userId) {
        return access.read("list categories", handle -> handle.createQuery(
                        "SELECT id, title FROM categories WHERE user_id = :user_id")
                .bind("user_id", userId)
                .map((rs, ctx) -> new Category(rs.getLong("id"), rs.getString("title")))
                .stream()
                .sorted(Comparator.comparing(Category::title, TitleOrder.TITLES).thenComparingLong(Category::id))
                .toList());
    }
}
