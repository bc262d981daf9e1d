package io.newsdesk.parse;

import io.newsdesk.domain.Entry;

/** Receives the entries of a {@linkplain FeedParser#stream streamed} feed, one at a time, in document order. */
@FunctionalInterface
public interface EntryHandler {

    /** Receives the next entry; it is not kept by the parser. */
    void entry(Entry entry);
}
