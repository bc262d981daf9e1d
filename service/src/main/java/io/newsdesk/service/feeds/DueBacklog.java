package io.newsdesk.service.feeds;

import io.newsdesk.store.DueFeed;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The due feeds the poller has claimed but not started yet, queued per host. Hosts take turns, one
 * feed each, so a site with thousands of due feeds (all on one blog platform, say) gets its two
 * slots and the rest of the capacity goes to everyone else. A host whose slots are all taken is
 * parked until one of them is released; a host that asked for a pause is parked until the pause
 * ends. Feeds keep their due order within their host.
 *
 * <p>Owned by the poller's scheduler thread: not thread-safe.
 */
final class DueBacklog {

    private final Map<Long, DueFeed> waiting = new HashMap<>();
    private final Map<String, ArrayDeque<DueFeed>> byHost = new HashMap<>();
    /** Hosts that may take work, in turn; a host is in here at most once. */
    private final LinkedHashSet<String> ready = new LinkedHashSet<>();
    private final Set<String> busy = new HashSet<>();
    private final Map<String, Instant> paused = new HashMap<>();

    /**
     * Queues a feed the poller has claimed.
     *
     * @return {@code true} when its host can take work now (it is neither busy nor paused)
     */
    boolean add(DueFeed feed) {
        String host = HostLimits.hostOf(feed.url());
        waiting.put(feed.id(), feed);
        byHost.computeIfAbsent(host, h -> new ArrayDeque<>()).add(feed);
        if (busy.contains(host) || paused.containsKey(host)) {
            return false;
        }
        ready.add(host);
        return true;
    }

    /** Whether the feed is queued here. */
    boolean contains(long feedId) {
        return waiting.containsKey(feedId);
    }

    /**
     * Replaces a queued feed with a fresher read of it (its validators or URL may have changed
     * since it was queued), keeping its place; does nothing when it is not queued.
     */
    void refresh(DueFeed fresh) {
        DueFeed old = waiting.get(fresh.id());
        if (old == null || old.equals(fresh)) {
            return;
        }
        if (!HostLimits.hostOf(old.url()).equals(HostLimits.hostOf(fresh.url()))) {
            // Moved to another host: queue it there, last.
            drop(old);
            add(fresh);
            return;
        }
        waiting.put(fresh.id(), fresh);
        ArrayDeque<DueFeed> queue = byHost.get(HostLimits.hostOf(old.url()));
        List<DueFeed> reordered = new ArrayList<>(queue.size());
        for (DueFeed queued : queue) {
            reordered.add(queued.id() == fresh.id() ? fresh : queued);
        }
        queue.clear();
        queue.addAll(reordered);
    }

    /**
     * Drops the queued feeds that are no longer due (checked meanwhile by someone else, disabled or
     * unsubscribed).
     *
     * @return the ids dropped, for the caller to release its claims on them
     */
    List<Long> retainOnly(Set<Long> stillDue) {
        List<DueFeed> gone = waiting.values().stream().filter(feed -> !stillDue.contains(feed.id())).toList();
        gone.forEach(this::drop);
        return gone.stream().map(DueFeed::id).toList();
    }

    /** The next host in turn that may take work, taken out of the turn; {@code null} when none may. */
    String nextReadyHost() {
        if (ready.isEmpty()) {
            return null;
        }
        String host = ready.getFirst();
        ready.remove(host);
        return host;
    }

    /**
     * Takes the oldest queued feed of a host handed out by {@link #nextReadyHost}, and puts the
     * host back at the end of the turn when it has more.
     */
    DueFeed take(String host) {
        ArrayDeque<DueFeed> queue = byHost.get(host);
        DueFeed feed = queue.poll();
        waiting.remove(feed.id());
        if (queue.isEmpty()) {
            byHost.remove(host);
        } else {
            ready.add(host);
        }
        return feed;
    }

    /** Parks a host handed out by {@link #nextReadyHost} whose slots are all taken. */
    void parkBusy(String host) {
        busy.add(host);
    }

    /** Parks a host handed out by {@link #nextReadyHost} that asked to be left alone until {@code until}. */
    void parkPaused(String host, Instant until) {
        paused.put(host, until);
    }

    /** A slot for the host was released: its queued feeds may go again. */
    void slotFreed(String host) {
        if (busy.remove(host) && byHost.containsKey(host) && !paused.containsKey(host)) {
            ready.add(host);
        }
    }

    /** Puts hosts whose pause has ended back in turn. */
    void resumePaused(Instant now) {
        List<String> resumed = paused.entrySet().stream()
                .filter(pause -> !pause.getValue().isAfter(now))
                .map(Map.Entry::getKey)
                .toList();
        for (String host : resumed) {
            paused.remove(host);
            if (byHost.containsKey(host) && !busy.contains(host)) {
                ready.add(host);
            }
        }
    }

    /** When the first parked pause ends, or {@code null} when no host is paused. */
    Instant earliestPauseEnd() {
        return paused.values().stream().min(Instant::compareTo).orElse(null);
    }

    /** How many hosts may take work now. */
    int readyHosts() {
        return ready.size();
    }

    /** How many feeds are queued. */
    int size() {
        return waiting.size();
    }

    /**
     * Empties the backlog.
     *
     * @return the ids that were queued, for the caller to release its claims on them
     */
    List<Long> clear() {
        List<Long> ids = List.copyOf(waiting.keySet());
        waiting.clear();
        byHost.clear();
        ready.clear();
        busy.clear();
        paused.clear();
        return ids;
    }

    private void drop(DueFeed feed) {
        waiting.remove(feed.id());
        String host = HostLimits.hostOf(feed.url());
        ArrayDeque<DueFeed> queue = byHost.get(host);
        queue.removeIf(queued -> queued.id() == feed.id());
        if (queue.isEmpty()) {
            byHost.remove(host);
            ready.remove(host);
        }
    }
}
