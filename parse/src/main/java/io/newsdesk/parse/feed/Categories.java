package io.newsdesk.parse.feed;

import io.newsdesk.parse.detail.Category;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Categories in document order, each (term, scheme) pair once. */
final class Categories {

    private final List<Category> list = new ArrayList<>();

    void add(Category category) {
        if (category == null || category.term() == null && category.label() == null) {
            return;
        }
        for (Category known : list) {
            if (Objects.equals(known.term(), category.term())
                    && Objects.equals(known.scheme(), category.scheme())) {
                return;
            }
        }
        list.add(category);
    }

    List<Category> list() {
        return List.copyOf(list);
    }
}
