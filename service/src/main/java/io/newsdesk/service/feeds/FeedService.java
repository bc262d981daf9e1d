package io.newsdesk.service.feeds;

import io.newsdesk.domain.Feed;
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
import io.newsdesk.store.FeedRepository;
import io.newsdesk.store.FeedSummary;
import java.time.Clock;
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

    private static final String NOT_A_FEED = "not a feed: ";

    private final Database database;
    private final FeedRefresher refresher;
    private final HostLimits limits;
    private final ChecksInFlight inFlight;
    private final Runnable onChange;
    private final Clock clock;

    /**
     * @param onChange called after subscriptions changed, so the poller and the index catch up
     */
    public FeedService(Database database, FeedRefresher refresher, HostLimits limits, ChecksInFlight inFlight,
            Runnable onChange, Clock clock) {
        this.database = database;
        this.refresher = refresher;
        this.limits = limits;
        this.inFlight = inFlight;
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
        long feedId = database.feeds().findOrCreate(located.url(), FeedRepository.REMOTE);
        // Storing first records the check, so the feed is not due (and fetched again by the
        // poller) in the moment between subscribing and storing.
        refresher.store(PollTarget.first(feedId, located.url()), located.fetched(), clock.instant());
        database.feeds().subscribe(userId, feedId, null, category);
        onChange.run();
        return get(userId, feedId).feed();
    }

    /** Fetches the URL; when it is an HTML page, follows the best feed it announces. */
    private Located locate(String url) {
        FetchResult response = download(url, url);
        if (DocumentSniffer.sniff(response.body(), response.contentType()) != DocumentKind.HTML) {
            return new Located(url, parse(response, url));
        }
        List<String> links = FeedDiscovery.feedLinks(response.body(), response.finalUrl());
        if (links.isEmpty()) {
            throw NewsdeskException.upstream("no feed found at " + url + ": it is a web page that announces no feed", null);
        }
        String discovered = FeedUrls.normalize(links.getFirst());
        String described = discovered + " (announced by " + url + ")";
        return new Located(discovered, parse(download(discovered, described), described));
    }

    private FetchResult download(String url, String described) {
        try {
            return refresher.download(url);
        } catch (FetchException e) {
            String hint = e.reason() == FetchException.Reason.ADDRESS_REFUSED
                    ? "; to allow feeds on this machine or its network, run with --allow-private-networks"
                            + " (or NEWSDESK_ALLOW_PRIVATE_NETWORKS=true)"
                    : "";
            throw NewsdeskException.upstream("could not fetch " + described + ": " + e.getMessage() + hint, e);
        }
    }

    private FeedRefresher.FetchedFeed parse(FetchResult response, String described) {
        try {
            return refresher.parse(response);
        } catch (FeedParseException e) {
            throw NewsdeskException.upstream("not a feed at " + described + ": " + reason(e), e);
        }
    }

    /** The parser's explanation without its own "not a feed: ", which the message already says. */
    private static String reason(FeedParseException e) {
        String message = String.valueOf(e.getMessage());
        return message.startsWith(NOT_A_FEED) ? message.substring(NOT_A_FEED.length()) : message;
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
        return refresher.refresh(PollTarget.of(feed));
    }

    /** Checks all the user's remote feeds now, a few at a time. */
    public List<RefreshOutcome> refreshAll(long userId, ProgressListener progress) {
        List<PollTarget> targets = database.feeds().list(userId).stream()
                .map(FeedSummary::feed)
                .filter(feed -> !feed.local())
                .map(PollTarget::of)
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
}
