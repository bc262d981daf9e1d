package io.newsdesk.store;

import java.util.ArrayList;
import java.util.List;

/** Splits work into slices, to keep statements within parameter limits and transactions short. */
final class Chunks {

    private Chunks() {}

    /** Consecutive slices of at most {@code size} elements; none for an empty list. */
    static <T> List<List<T>> of(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int from = 0; from < items.size(); from += size) {
            chunks.add(List.copyOf(items.subList(from, Math.min(items.size(), from + size))));
        }
        return chunks;
    }
}
