package io.newsdesk.service.feeds;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The feeds being checked right now in this process, shared by the poller and the services, so a
 * feed that a user action is checking (or is about to check, like a feed just subscribed by an
 * OPML import) is not fetched a second time by the poller at the same moment.
 */
public final class ChecksInFlight {

    private final Set<Long> feeds = ConcurrentHashMap.newKeySet();

    /** Claims the feed; {@code false} when someone in this process is already checking it. */
    public boolean begin(long feedId) {
        return feeds.add(feedId);
    }

    /** Releases a feed claimed with {@link #begin}. */
    public void end(long feedId) {
        feeds.remove(feedId);
    }

    public int size() {
        return feeds.size();
    }
}
