package io.newsdesk.store;

import io.newsdesk.domain.Entry;
import java.util.Objects;

/**
 * A stored entry's identity and content, without any user's reading state.
 *
 * @param id the entry
 * @param entry its content
 */
public record RecentEntry(long id, Entry entry) {

    public RecentEntry {
        Objects.requireNonNull(entry, "entry");
    }
}
