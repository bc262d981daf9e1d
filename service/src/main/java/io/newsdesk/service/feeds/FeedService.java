package io.newsdesk.service.feeds;

import io.newsdesk.domain.Feed;
import io.newsdesk.domain.PollState;
import io.newsdesk.parse.opml.Opml;
import io.newsdesk.parse.opml.OpmlDocument;
import io.newsdesk.parse.opml.OpmlException;
import io.newsdesk.parse.opml.OpmlFeed;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.store.Database;
import io.newsdesk.store.FeedRepository;
import io.newsdesk.store.FeedSummary;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Subscribing to feeds, checking them on demand, OPML in and out. */
public final class FeedService {

    private final Database database;
    private final FeedRefresher refresher;
    private final FeedLocator locator;
    private final HostLimits limits;
    private final HostPauses pauses;
    private final ChecksInFlight inFlight;
    private final Runnable onChange;
    private final Clock clock;

    /**
     * @param limits the concurrency bounds, shared with the poller
     * @param pauses the hosts that asked to be left alone, shared with the poller
     * @param onChange called after subscriptions changed, so the poller and the index catch up
     */
    public FeedService(Database database, FeedRefresher refresher, HostLimits limits, HostPauses pauses,
            ChecksInFlight inFlight, Runnable onChange, Clock clock) {
        this.database = database;
        this.refresher = refresher;
        this.locator = new FeedLocator(refresher, limits);
        this.limits = limits;
        this.pauses = pauses;
        this.inFlight = inFlight;
        this.onChange = onChange;
        this.clock = clock;
    }

    /**
     * Subscribes the user to the feed at {@code url}, or to the feed of the site whose page is at
     * that URL (announced by the page, or at one of the usual feed addresses). The feed is fetched
     * first, so a URL that does not lead to a feed is refused with the reason, and a new
     * subscription shows its entries at once.
     *
     * @throws NewsdeskException INVALID for a bad URL, CONFLICT when already subscribed, UPSTREAM
     *     when the feed cannot be fetched or parsed
     */
    public Feed add(long userId, String url, String category) {
        String requested = FeedUrls.normalize(url);
        rejectIfSubscribed(userId, requested);
        FeedLocator.Located located = locator.locate(requested);
        rejectIfSubscribed(userId, located.url());
        long feedId = database.feeds().findOrCreate(located.url(), FeedRepository.REMOTE);
        // Storing first records the check, so the feed is not due (and fetched again by the
        // poller) in the moment between subscribing and storing.
        refresher.store(PollTarget.first(feedId, located.url()), located.fetched(), clock.instant());
        database.feeds().subscribe(userId, feedId, null, category);
        onChange.run();
        return get(userId, feedId).feed();
    }

    private void rejectIfSubscribed(long userId, String url) {
        database.feeds().idByUrl(url)
                .flatMap(id -> database.feeds().find(userId, id))
                .ifPresent(feed -> {
                    throw NewsdeskException.conflict("already subscribed to " + url + " (feed " + feed.id() + ")");
                });
    }

    /** The user's feeds with unread and total counts, by category then title. */
    public List<FeedSummary> list(long userId) {
        return database.feeds().list(userId);
    }

    /** One of the user's feeds with its counts. */
    public FeedSummary get(long userId, long feedId) {
        return database.feeds().list(userId).stream()
                .filter(summary -> summary.feed().id() == feedId)
                .findFirst()
                .orElseThrow(() -> NewsdeskException.notFound("no feed " + feedId));
    }

    /**
     * Checks one of the user's feeds now, because the user asked: also a disabled feed (one that
     * answered 410 Gone), which a successful check enables again, and also while its host asked
     * to be left alone, since this is one request a person asked for.
     */
    public RefreshOutcome refresh(long userId, long feedId) {
        Feed feed = remoteFeed(userId, feedId);
        RefreshOutcome outcome = refresher.refresh(PollTarget.of(feed));
        pauses.learnFrom(outcome);
        return outcome;
    }

    /**
     * Checks the user's remote feeds now, a few at a time within the per-host limits. Disabled
     * feeds are left out (see {@link #enable}); feeds whose host asked to be left alone are not
     * fetched and come back {@link RefreshOutcome.Status#DEFERRED}.
     */
    public List<RefreshOutcome> refreshAll(long userId, ProgressListener progress) {
        List<PollTarget> targets = database.feeds().list(userId).stream()
                .map(FeedSummary::feed)
                .filter(feed -> !feed.local() && !feed.poll().disabled())
                .map(PollTarget::of)
                .toList();
        return refreshEach(targets, progress);
    }

    /**
     * Enables a feed that was disabled because it answered 410 Gone: its error count starts
     * again from zero and it is due at once, so a running poller checks it within moments (and
     * disables it again if it is still gone). Enabling a feed that is not disabled changes nothing.
     *
     * @return the feed as it is now
     * @throws NewsdeskException NOT_FOUND when the user has no such feed, INVALID for a feed of
     *     imported entries (never fetched, so never disabled)
     */
    public FeedSummary enable(long userId, long feedId) {
        Feed feed = remoteFeed(userId, feedId);
        PollState poll = feed.poll();
        if (poll.disabled()) {
            // The last check's status stays as a fact; its error no longer describes the feed's state.
            database.feeds().recordPoll(feedId, new PollState(poll.lastCheckedAt(), clock.instant(), poll.interval(), 0,
                    null, poll.lastStatus(), poll.etag(), poll.lastModified(), false));
            onChange.run();
        }
        return get(userId, feedId);
    }

    private Feed remoteFeed(long userId, long feedId) {
        Feed feed = database.feeds().find(userId, feedId)
                .orElseThrow(() -> NewsdeskException.notFound("no feed " + feedId));
        if (feed.local()) {
            throw NewsdeskException.invalid("feed " + feedId + " holds imported entries and is not fetched");
        }
        return feed;
    }

    /** Unsubscribes the user; a feed nobody reads any more is deleted with its entries. */
    public void remove(long userId, long feedId) {
        if (!database.feeds().unsubscribe(userId, feedId)) {
            throw NewsdeskException.notFound("no feed " + feedId);
        }
        onChange.run();
    }

    /**
     * Subscribes the user to every feed of an OPML document (categories from its folders), then
     * checks the new ones. Bad outlines are reported, not fatal; feeds the user already has are
     * left as they are.
     *
     * @throws NewsdeskException INVALID when the document is not OPML
     */
    public OpmlImportResult importOpml(long userId, byte[] opml, ProgressListener progress) {
        OpmlDocument document;
        try {
            document = Opml.read(opml);
        } catch (OpmlException e) {
            throw NewsdeskException.invalid("invalid OPML: " + e.getMessage());
        }
        int already = 0;
        List<OpmlImportResult.Rejected> rejected = new ArrayList<>();
        List<PollTarget> added = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OpmlFeed outline : document.feeds()) {
            String url;
            try {
                url = FeedUrls.normalize(outline.xmlUrl());
            } catch (NewsdeskException e) {
                rejected.add(new OpmlImportResult.Rejected(outline.xmlUrl(), e.getMessage()));
                continue;
            }
            if (!seen.add(url)) {
                // The same feed spelled differently (case, default port) in another folder.
                continue;
            }
            long feedId = database.feeds().findOrCreate(url, FeedRepository.REMOTE);
            if (database.feeds().find(userId, feedId).isPresent()) {
                // The user's own title and category win over the list's.
                already++;
            } else {
                // Claimed before subscribing: the import checks it below, the poller must not too.
                inFlight.begin(feedId);
                database.feeds().subscribe(userId, feedId, outline.title(), outline.category());
                added.add(PollTarget.first(feedId, url));
            }
        }
        List<RefreshOutcome> checks;
        try {
            checks = refreshEach(added, progress);
        } finally {
            added.forEach(target -> inFlight.end(target.feedId()));
        }
        onChange.run();
        return new OpmlImportResult(added.size(), already, rejected, checks);
    }

    /** The user's remote feeds as OPML 2.0, one folder per category. */
    public String exportOpml(long userId) {
        List<OpmlFeed> feeds = database.feeds().list(userId).stream()
                .map(FeedSummary::feed)
                .filter(feed -> !feed.local())
                .map(feed -> new OpmlFeed(feed.url(), feed.title(), feed.siteUrl(), feed.category()))
                .toList();
        return Opml.write("Newsdesk subscriptions", feeds);
    }

    private List<RefreshOutcome> refreshEach(List<PollTarget> targets, ProgressListener progress) {
        AtomicLong done = new AtomicLong();
        long total = targets.size();
        progress.progress(0, total, null);
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<RefreshOutcome>> pending = new ArrayList<>();
            for (PollTarget target : targets) {
                pending.add(workers.submit(() -> {
                    RefreshOutcome outcome = limits.run(target.url(), () -> politeRefresh(target));
                    progress.progress(done.incrementAndGet(), total, target.url());
                    return outcome;
                }));
            }
            List<RefreshOutcome> outcomes = new ArrayList<>(pending.size());
            for (Future<RefreshOutcome> future : pending) {
                outcomes.add(future.get());
            }
            return outcomes;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsdeskException(NewsdeskException.Kind.INTERNAL, "interrupted while checking feeds", e);
        } catch (ExecutionException e) {
            throw new NewsdeskException(NewsdeskException.Kind.INTERNAL, "checking feeds failed: " + e.getCause(), e);
        }
    }

    /** Checks the feed unless its host asked to be left alone, and learns from the answer. */
    private RefreshOutcome politeRefresh(PollTarget target) {
        // Asked once the slot is held: the answer to another feed of the host may just have come.
        Instant pausedUntil = pauses.pausedUntil(target.url());
        if (pausedUntil != null) {
            return RefreshOutcome.deferred(target, pausedUntil);
        }
        RefreshOutcome outcome = refresher.refresh(target);
        pauses.learnFrom(outcome);
        return outcome;
    }
}
