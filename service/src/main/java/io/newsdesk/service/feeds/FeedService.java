package io.newsdesk.service.feeds;

import io.newsdesk.domain.Feed;
import io.newsdesk.domain.PollState;
import io.newsdesk.fetch.FetchException;
import io.newsdesk.fetch.FetchResult;
import io.newsdesk.parse.DocumentKind;
import io.newsdesk.parse.DocumentSniffer;
import io.newsdesk.parse.FeedParseException;
import io.newsdesk.parse.opml.Opml;
import io.newsdesk.parse.opml.OpmlDocument;
import io.newsdesk.parse.opml.OpmlException;
import io.newsdesk.parse.opml.OpmlFeed;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.ProgressListener;
import io.newsdesk.store.Database;
import io.newsdesk.store.FeedSummary;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/** Subscribing to feeds, checking them on demand, OPML in and out. */
public final class FeedService {

    private final Database database;
    private final FeedRefresher refresher;
    private final HostLimits limits;
    private final Runnable onChange;
    private final Clock clock;

    /**
     * @param onChange called after subscriptions changed, so the poller and the index catch up
     */
    public FeedService(Database database, FeedRefresher refresher, HostLimits limits, Runnable onChange, Clock clock) {
        this.database = database;
        this.refresher = refresher;
        this.limits = limits;
        this.onChange = onChange;
        this.clock = clock;
    }

    /**
     * Subscribes the user to the feed at {@code url}, or to the feed an HTML page at that URL
     * announces. The feed is fetched first, so a URL that does not lead to a feed is refused with
     * the reason, and a new subscription shows its entries at once.
     *
     * @throws NewsdeskException INVALID for a bad URL, CONFLICT when already subscribed, UPSTREAM
     *     when the feed cannot be fetched or parsed
     */
    public Feed add(long userId, String url, String category) {
        String requested = FeedUrls.normalize(url);
        rejectIfSubscribed(userId, requested);
        Located located = locate(requested);
        rejectIfSubscribed(userId, located.url());
        long feedId = database.feeds().findOrCreate(located.url(), "remote");
        database.feeds().subscribe(userId, feedId, null, blankToNull(category));
        refresher.store(new PollTarget(feedId, located.url(), null, null, null, 0), located.fetched(), clock.instant());
        onChange.run();
        return get(userId, feedId).feed();
    }

    /** Fetches the URL; when it is an HTML page, follows the first feed it announces. */
    private Located locate(String url) {
        try {
            FetchResult response = refresher.download(url);
            if (DocumentSniffer.sniff(response.body(), response.contentType()) == DocumentKind.HTML) {
                List<String> links = FeedDiscovery.feedLinks(response.body(), response.finalUrl());
                if (links.isEmpty()) {
                    throw NewsdeskException.upstream(
                            "no feed found at " + url + ": it is a web page that announces no feed", null);
                }
                String discovered = FeedUrls.normalize(links.getFirst());
                return new Located(discovered, refresher.fetch(discovered, null, null));
            }
            return new Located(url, refresher.parse(response));
        } catch (FetchException e) {
            throw NewsdeskException.upstream("could not fetch " + url + ": " + e.getMessage(), e);
        } catch (FeedParseException e) {
            throw NewsdeskException.upstream("not a feed at " + url + ": " + e.getMessage(), e);
        }
    }

    private record Located(String requestedUrl, FeedRefresher.FetchedFeed fetched) {

        /** A permanent redirect moves the subscription to the new address; a temporary one does not. */
        String url() {
            return fetched.response().permanentRedirect() ? fetched.response().finalUrl() : requestedUrl;
        }
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

    /** Checks one of the user's feeds now. */
    public RefreshOutcome refresh(long userId, long feedId) {
        Feed feed = database.feeds().find(userId, feedId)
                .orElseThrow(() -> NewsdeskException.notFound("no feed " + feedId));
        if (feed.local()) {
            throw NewsdeskException.invalid("feed " + feedId + " holds imported entries and is not fetched");
        }
        return refresher.refresh(target(feed));
    }

    /** Checks all the user's remote feeds now, a few at a time. */
    public List<RefreshOutcome> refreshAll(long userId, ProgressListener progress) {
        List<PollTarget> targets = database.feeds().list(userId).stream()
                .map(FeedSummary::feed)
                .filter(feed -> !feed.local())
                .map(FeedService::target)
                .toList();
        return refreshEach(targets, progress);
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
     * checks the new ones. Bad outlines are reported, not fatal.
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
        for (OpmlFeed outline : document.feeds()) {
            String url;
            try {
                url = FeedUrls.normalize(outline.xmlUrl());
            } catch (NewsdeskException e) {
                rejected.add(new OpmlImportResult.Rejected(outline.xmlUrl(), e.getMessage()));
                continue;
            }
            long feedId = database.feeds().findOrCreate(url, "remote");
            boolean subscribed = database.feeds().find(userId, feedId).isPresent();
            database.feeds().subscribe(userId, feedId, blankToNull(outline.title()), blankToNull(outline.category()));
            if (subscribed) {
                already++;
            } else {
                added.add(new PollTarget(feedId, url, null, null, null, 0));
            }
        }
        List<RefreshOutcome> checks = refreshEach(added, progress);
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
                    RefreshOutcome outcome = limits.run(target.url(), () -> refresher.refresh(target));
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

    private static PollTarget target(Feed feed) {
        PollState poll = feed.poll();
        return new PollTarget(feed.id(), feed.url(), poll.etag(), poll.lastModified(), poll.interval(), poll.errorCount());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
