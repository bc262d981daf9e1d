package io.newsdesk.service.feeds;

import io.newsdesk.domain.Entry;
import io.newsdesk.domain.FeedDocument;
import io.newsdesk.domain.PollState;
import io.newsdesk.fetch.CacheHints;
import io.newsdesk.fetch.FetchException;
import io.newsdesk.fetch.FetchRequest;
import io.newsdesk.fetch.FetchResult;
import io.newsdesk.fetch.Fetcher;
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

    /**
     * Fetches and parses a feed without storing anything; the document is {@code null} when the
     * server answered 304 Not Modified.
     *
     * @throws FetchException when the feed cannot be fetched
     * @throws FeedParseException when what came back is not a feed
     */
    public FetchedFeed fetch(String url, String etag, String lastModified) throws FetchException, FeedParseException {
        return parse(fetcher.fetch(FetchRequest.feed(url, etag, lastModified)));
    }

    /** Parses what a fetch returned. */
    public FetchedFeed parse(FetchResult response) throws FeedParseException {
        if (response.notModified()) {
            return new FetchedFeed(response, null);
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
        try {
            FetchedFeed fetched = fetch(target.url(), target.etag(), target.lastModified());
            if (fetched.document() == null) {
                return recordNotModified(target, fetched.response(), now);
            }
            return store(target, fetched, now);
        } catch (FetchException e) {
            return recordFailure(target, e.getMessage(), e.status(), e.retryAfter(), e.gone(), now);
        } catch (FeedParseException e) {
            return recordFailure(target, e.getMessage(), null, null, false, now);
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
        Duration interval = policy.intervalAfterSuccess(
                published, publisherMinimum(document.ttl(), response.cacheHints(), now), now);
        Instant next = policy.nextCheck(now, interval);
        database.feeds().recordPoll(target.feedId(), new PollState(
                now, next, interval, 0, null, response.status(), response.etag(), response.lastModified(), false));
        return new RefreshOutcome(target.feedId(), url, RefreshOutcome.Status.UPDATED,
                stored.inserted().size(), stored.updated().size(), null, next);
    }

    private RefreshOutcome recordNotModified(PollTarget target, FetchResult response, Instant now) {
        Duration interval = policy.intervalAfterNotModified(
                target.interval(), publisherMinimum(null, response.cacheHints(), now));
        Instant next = policy.nextCheck(now, interval);
        String etag = response.etag() != null ? response.etag() : target.etag();
        String lastModified = response.lastModified() != null ? response.lastModified() : target.lastModified();
        database.feeds().recordPoll(target.feedId(), new PollState(
                now, next, interval, 0, null, response.status(), etag, lastModified, false));
        return new RefreshOutcome(target.feedId(), target.url(), RefreshOutcome.Status.NOT_MODIFIED, 0, 0, null, next);
    }

    private RefreshOutcome recordFailure(
            PollTarget target, String message, Integer status, Duration retryAfter, boolean gone, Instant now) {
        int errors = target.errorCount() + 1;
        Duration wait = policy.backoff(errors, retryAfter);
        Instant next = policy.nextCheck(now, wait);
        // Keep the healthy interval and the validators: the feed resumes its rhythm once it recovers.
        database.feeds().recordPoll(target.feedId(), new PollState(
                now, next, target.interval(), errors, message, status, target.etag(), target.lastModified(), gone));
        log.debug("Feed {} ({}) failed ({} in a row): {}", target.feedId(), target.url(), errors, message);
        return new RefreshOutcome(target.feedId(), target.url(), RefreshOutcome.Status.FAILED, 0, 0, message, next);
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
