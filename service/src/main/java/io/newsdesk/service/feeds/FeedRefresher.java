package io.newsdesk.service.feeds;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.domain.PollState;
import io.newsdesk.fetch.CacheHints;
import io.newsdesk.fetch.FetchException;
import io.newsdesk.fetch.FetchRequest;
import io.newsdesk.fetch.FetchResult;
import io.newsdesk.fetch.Fetcher;
import io.newsdesk.parse.DocumentKind;
import io.newsdesk.parse.DocumentSniffer;
import io.newsdesk.parse.FeedParseException;
import io.newsdesk.parse.FeedParser;
import io.newsdesk.store.Database;
import io.newsdesk.store.FeedMetadata;
import io.newsdesk.store.UpsertResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks one feed: fetch (conditionally), parse, store the entries, and record how it went and
 * when to come back. The one place where the stages meet for feeds, used by the poller, by manual
 * refreshes and when a feed is added.
 */
public final class FeedRefresher {

    private static final Logger log = LoggerFactory.getLogger(FeedRefresher.class);

    private final Database database;
    private final Fetcher fetcher;
    private final PollPolicy policy;
    private final Clock clock;
    private final Runnable onStored;

    /**
     * @param onStored called after entries were stored, so the search index can catch up
     */
    public FeedRefresher(Database database, Fetcher fetcher, PollPolicy policy, Clock clock, Runnable onStored) {
        this.database = database;
        this.fetcher = fetcher;
        this.policy = policy;
        this.clock = clock;
        this.onStored = onStored;
    }

    /** A fetched and parsed feed document, before anything is stored. */
    public record FetchedFeed(FetchResult response, FeedDocument document) {}

    /** Parses what a fetch returned. */
    public FetchedFeed parse(FetchResult response) throws FeedParseException {
        if (response.notModified()) {
            return new FetchedFeed(response, null);
        }
        String mediaType = FeedMediaTypes.notAFeedType(response.contentType());
        if (mediaType != null && DocumentSniffer.sniff(response.body(), response.contentType()) == DocumentKind.UNKNOWN) {
            // "No XML elements" would be true but unhelpful: say what the server sent instead.
            throw new FeedParseException("not a feed: the server sent " + mediaType + " content");
        }
        FeedDocument document = FeedParser.parse(response.body(), response.contentType(), response.finalUrl());
        return new FetchedFeed(response, document);
    }

    /** Fetches a URL that should lead to a feed, without parsing it. */
    public FetchResult download(String url) throws FetchException {
        return fetcher.fetch(FetchRequest.feed(url, null, null));
    }

    /** Checks the feed now and records the outcome; never throws for problems of the feed itself. */
    public RefreshOutcome refresh(PollTarget target) {
        Instant now = clock.instant();
        FetchResult response;
        try {
            response = fetcher.fetch(FetchRequest.feed(target.url(), target.etag(), target.lastModified()));
        } catch (FetchException e) {
            if (Thread.currentThread().isInterrupted()) {
                // Shutting down: the feed did nothing wrong, so its record stays as it was.
                return new RefreshOutcome(target.feedId(), target.url(), RefreshOutcome.Status.FAILED, 0, 0,
                        "interrupted before the check finished", null, null, null);
            }
            return recordFailure(target, e.getMessage(), e.status(), e.retryAfter(), e.gone(), now);
        }
        try {
            FetchedFeed fetched = parse(response);
            return fetched.document() == null
                    ? recordNotModified(target, response, now)
                    : store(target, fetched, now);
        } catch (FeedParseException e) {
            // The server answered; what it sent is the problem, and its status says so.
            return recordFailure(target, e.getMessage(), response.status(), null, false, now);
        } catch (RuntimeException e) {
            // A bug of ours must not take the poller down with it; the feed shows the error.
            log.error("Refreshing feed {} ({}) failed unexpectedly", target.feedId(), target.url(), e);
            return recordFailure(target, "internal error: " + e, null, null, false, now);
        }
    }

    /** Stores a document fetched for {@code target} and records the successful check. */
    public RefreshOutcome store(PollTarget target, FetchedFeed fetched, Instant now) {
        FetchResult response = fetched.response();
        FeedDocument document = fetched.document();
        String url = target.url();
        if (response.permanentRedirect() && !Objects.equals(response.finalUrl(), url)) {
            if (database.feeds().changeUrl(target.feedId(), response.finalUrl())) {
                log.info("Feed {} moved permanently: {} -> {}", target.feedId(), url, response.finalUrl());
                url = response.finalUrl();
            }
        }
        database.feeds().updateMetadata(target.feedId(), FeedMetadata.of(document));
        UpsertResult stored = database.entries().upsert(target.feedId(), document.entries(), now);
        if (!stored.inserted().isEmpty() || !stored.updated().isEmpty()) {
            onStored.run();
        }
        List<Instant> published = document.entries().stream().map(Entry::published).toList();
        Duration requested = publisherMinimum(document.ttl(), response.cacheHints(), now);
        Duration interval = policy.intervalAfterSuccess(published, requested, now);
        Instant next = policy.nextCheck(now, interval, requested);
        database.feeds().recordPoll(target.feedId(), new PollState(
                now, next, interval, 0, null, response.status(), response.etag(), response.lastModified(), false));
        return new RefreshOutcome(target.feedId(), url, RefreshOutcome.Status.UPDATED,
                stored.inserted().size(), stored.updated().size(), null, next, response.status(), null);
    }

    private RefreshOutcome recordNotModified(PollTarget target, FetchResult response, Instant now) {
        Duration requested = publisherMinimum(null, response.cacheHints(), now);
        Duration interval = policy.intervalAfterNotModified(target.interval(), requested);
        Instant next = policy.nextCheck(now, interval, requested);
        String etag = response.etag() != null ? response.etag() : target.etag();
        String lastModified = response.lastModified() != null ? response.lastModified() : target.lastModified();
        database.feeds().recordPoll(target.feedId(), new PollState(
                now, next, interval, 0, null, response.status(), etag, lastModified, false));
        return new RefreshOutcome(
                target.feedId(), target.url(), RefreshOutcome.Status.NOT_MODIFIED, 0, 0, null, next, response.status(), null);
    }

    private RefreshOutcome recordFailure(
            PollTarget target, String message, Integer status, Duration retryAfter, boolean gone, Instant now) {
        int errors = target.errorCount() + 1;
        Duration wait = policy.backoff(errors, retryAfter);
        Instant next = policy.nextCheck(now, wait, retryAfter);
        // Keep the healthy interval and the validators: the feed resumes its rhythm once it recovers.
        database.feeds().recordPoll(target.feedId(), new PollState(
                now, next, target.interval(), errors, message, status, target.etag(), target.lastModified(), gone));
        log.debug("Feed {} ({}) failed ({} in a row): {}", target.feedId(), target.url(), errors, message);
        return new RefreshOutcome(
                target.feedId(), target.url(), RefreshOutcome.Status.FAILED, 0, 0, message, next, status, retryAfter);
    }

    /** The longest wait the publisher asked for: RSS ttl, Cache-Control max-age, or Expires. */
    static Duration publisherMinimum(Duration ttl, CacheHints hints, Instant now) {
        Duration longest = ttl;
        if (hints != null) {
            longest = longer(longest, hints.maxAge());
            if (hints.expires() != null && hints.expires().isAfter(now)) {
                longest = longer(longest, Duration.between(now, hints.expires()));
            }
            longest = longer(longest, hints.retryAfter());
        }
        return longest;
    }

    private static Duration longer(Duration a, Duration b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        return a.compareTo(b) >= 0 ? a : b;
    }
}
