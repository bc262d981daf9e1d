package io.newsdesk.parse.feed;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Collects what was wrong with a document, once per message and in the order found; a broken
 * feed can repeat the same fault thousands of times, so the list is capped.
 */
public final class Problems implements Consumer<String> {

    private static final int MAX_MESSAGES = 50;

    private final Set<String> messages = new LinkedHashSet<>();
    private int dropped;

    @Override
    public void accept(String message) {
        if (messages.contains(message)) {
            return;
        }
        if (messages.size() < MAX_MESSAGES) {
            messages.add(message);
        } else {
            dropped++;
        }
    }

    /** Adds every message in order. */
    public void addAll(List<String> more) {
        more.forEach(this);
    }

    /** The messages so far, with a closing line when some were left out. */
    public List<String> list() {
        List<String> list = new ArrayList<>(messages);
        if (dropped > 0) {
            list.add("… and " + dropped + " more problems");
        }
        return list;
    }
}
