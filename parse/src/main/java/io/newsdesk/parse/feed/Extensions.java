package io.newsdesk.parse.feed;

import io.newsdesk.parse.detail.ExtensionElement;
import java.util.ArrayList;
import java.util.List;

/** Unread elements of one feed or entry, bounded so that a hostile document cannot pile them up. */
final class Extensions {

    private static final int MAX_ELEMENTS = 64;

    private final List<ExtensionElement> list = new ArrayList<>();

    void add(ExtensionElement element) {
        if (element != null && list.size() < MAX_ELEMENTS) {
            list.add(element);
        }
    }

    List<ExtensionElement> list() {
        return List.copyOf(list);
    }
}
