package io.newsdesk.store;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param <T> the items' type
 * @param total how many items match, on all pages
 * @param items this page's items, in order
 */
public record Page<T>(long total, List<T> items) {

    /** Copies the items. */
    public Page {
        items = List.copyOf(items);
    }
}
