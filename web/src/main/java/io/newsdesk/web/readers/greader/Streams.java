package io.newsdesk.web.readers.greader;

import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.reader.ReaderFeed;
import io.newsdesk.service.reader.ReaderService;
import io.newsdesk.store.EntrySelection;
import io.newsdesk.store.FeedScope;
import io.newsdesk.store.ReadFilter;

/**
 * What a stream id stands for among one user's feeds: the feeds it covers and, for the state
 * streams, the read or starred state its entries have. A well-formed id that names nothing of
 * the user's (a label they do not have, a feed they do not read) is not found.
 */
final class Streams {

    private final ReaderService reader;

    Streams(ReaderService reader) {
        this.reader = reader;
    }

    /**
     * The feeds a stream covers.
     *
     * @throws NewsdeskException NOT_FOUND for a label or feed the user does not have
     */
    FeedScope scope(StreamId stream, long userId) {
        return switch (stream) {
            case StreamId.Label label -> FeedScope.category(reader.categoryNamed(userId, label.name())
                    .orElseThrow(() -> NewsdeskException.notFound("no label '" + label.name() + "'"))
                    .id());
            case StreamId.FeedById feed -> FeedScope.feed(reader.feed(userId, feed.feedId()).id());
            case StreamId.FeedByUrl feed -> FeedScope.feed(feedByUrl(feed.url(), userId).id());
            case StreamId.ReadingList all -> FeedScope.all();
            case StreamId.Starred starred -> FeedScope.all();
            case StreamId.Read read -> FeedScope.all();
            case StreamId.Unread unread -> FeedScope.all();
        };
    }

    /** Narrows a selection to a stream: its feeds and, for state streams, its state. */
    EntrySelection.Builder select(EntrySelection.Builder selection, StreamId stream, long userId) {
        selection.scope(scope(stream, userId));
        switch (stream) {
            case StreamId.Starred starred -> selection.starred(true);
            case StreamId.Read read -> selection.status(ReadFilter.READ);
            case StreamId.Unread unread -> selection.status(ReadFilter.UNREAD);
            default -> { }
        }
        return selection;
    }

    /** The user's feed with this URL. */
    ReaderFeed feedByUrl(String url, long userId) {
        return reader.feeds(userId).stream()
                .filter(feed -> feed.feed().url().equals(url))
                .findFirst()
                .orElseThrow(() -> NewsdeskException.notFound("no feed " + url));
    }
}
