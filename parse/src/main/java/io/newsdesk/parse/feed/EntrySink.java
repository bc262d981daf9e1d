package io.newsdesk.parse.feed;

import io.newsdesk.parse.detail.ParsedEntry;

/** Where entries go as soon as they are read, when a document is streamed rather than kept. */
@FunctionalInterface
public interface EntrySink {

    /**
     * Receives an entry.
     *
     * @param entry the entry just read
     * @param document the document as read so far (the feed's metadata before the entry)
     */
    void accept(ParsedEntry entry, DocumentBuilder document);
}
