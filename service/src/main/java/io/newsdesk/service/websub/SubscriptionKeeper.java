package io.newsdesk.service.websub;

import io.newsdesk.fetch.FetchException;
import io.newsdesk.service.feeds.HostLimits;
import io.newsdesk.store.StoreException;
import io.newsdesk.store.WebSubCandidate;
import io.newsdesk.store.WebSubRepository;
import io.newsdesk.store.WebSubState;
import io.newsdesk.store.WebSubSubscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps Newsdesk's subscriptions at hubs in order, one round at a time: looks for the hubs of
 * feeds that have none, sends subscription requests (again, when a hub failed or never confirmed),
 * renews leases before they run out, notices leases that ran out, tells hubs to stop pushing feeds
 * that were removed or moved to another hub, and keeps the polling of pushed feeds slow.
 *
 * <p>Requests run concurrently within a round, within the same per-host limits as polling.
 */
final class SubscriptionKeeper {

    /** Subscriptions acted on, and feeds examined, per round. */
    static final int BATCH = 32;

    private static final Logger log = LoggerFactory.getLogger(SubscriptionKeeper.class);

    private final WebSubRepository repository;
    private final HubDiscovery discovery;
    private final HubRequests requests;
    private final HostLimits limits;
    private final Clock clock;
    private final Duration safetyPollInterval;

    /**
     * @param limits the per-host and global bounds shared with polling
     * @param safetyPollInterval how often a pushed feed is still polled
     */
    SubscriptionKeeper(WebSubRepository repository, HubDiscovery discovery, HubRequests requests, HostLimits limits,
            Clock clock, Duration safetyPollInterval) {
        this.repository = repository;
        this.discovery = discovery;
        this.requests = requests;
        this.limits = limits;
        this.clock = clock;
        this.safetyPollInterval = safetyPollInterval;
    }

    /**
     * Does one round of work.
     *
     * @return whether a batch was full, so that more work is probably waiting
     */
    boolean runOnce() {
        Instant now = clock.instant();
        List<WebSubSubscription> due = repository.due(now, BATCH);
        List<WebSubCandidate> candidates = repository.awaitingDiscovery(now.minus(WebSubSchedule.REDISCOVERY), BATCH);
        try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
            for (WebSubSubscription subscription : due) {
                workers.submit(() -> politely(subscription.hubUrl(), () -> act(subscription)));
            }
            for (WebSubCandidate candidate : candidates) {
                workers.submit(() -> politely(candidate.url(), () -> examine(candidate)));
            }
        }
        repository.deferPolling(clock.instant(), safetyPollInterval);
        return due.size() == BATCH || candidates.size() == BATCH;
    }

    private void politely(String url, Runnable work) {
        try {
            limits.run(url, () -> {
                work.run();
                return null;
            });
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Storage failing under one subscription must not end the round for the others.
            log.error("WebSub work against {} failed", url, e);
        }
    }

    /** Looks for the feed's hub and subscribes when it has one. */
    private void examine(WebSubCandidate candidate) {
        Instant now = clock.instant();
        HubLinks links;
        try {
            links = discovery.discover(candidate.url());
        } catch (FetchException e) {
            if (!shuttingDown()) {
                log.debug("Could not look for the WebSub hub of feed {}: {}", candidate.feedId(), e.getMessage());
                repository.recordDiscovery(candidate.feedId(), now);
            }
            return;
        }
        repository.recordDiscovery(candidate.feedId(), now);
        if (!links.hubs().isEmpty()) {
            subscribeAt(candidate.feedId(), links);
        }
    }

    private void subscribeAt(long feedId, HubLinks links) {
        WebSubSubscription created;
        try {
            created = repository.create(feedId, links.hubs().getFirst(), links.self(), Tokens.callbackId(),
                    Tokens.secret());
        } catch (StoreException e) {
            // The feed was removed meanwhile, or another process subscribed it first.
            log.debug("Not subscribing feed {} at {}: {}", feedId, links.hubs().getFirst(), e.getMessage());
            return;
        }
        log.info("Feed {} is pushed by the WebSub hub {}; subscribing to {}", feedId, created.hubUrl(),
                created.topicUrl());
        subscribe(created);
    }

    /** Moves the subscription one step on: a first or repeated request, a renewal, or its end. */
    private void act(WebSubSubscription subscription) {
        if (!subscription.wanted()) {
            end(subscription);
            return;
        }
        if (subscription.state() == WebSubState.DENIED) {
            return;
        }
        Instant now = clock.instant();
        if (subscription.state() == WebSubState.ACTIVE && subscription.leaseExpiresAt() != null
                && !now.isBefore(subscription.leaseExpiresAt())) {
            repository.expire(subscription.id());
            log.info("The WebSub lease for {} at {} ran out before a renewal was confirmed; polling it again",
                    subscription.topicUrl(), subscription.hubUrl());
        }
        if (subscription.requestedAt() != null) {
            // Renewing, or retrying: a chance to notice that the feed moved to another hub or left it.
            Optional<HubLinks> links = rediscover(subscription);
            if (links.isPresent() && !servedBy(links.get(), subscription)) {
                move(subscription, links.get());
                return;
            }
        }
        subscribe(subscription);
    }

    private Optional<HubLinks> rediscover(WebSubSubscription subscription) {
        try {
            return Optional.of(discovery.discover(subscription.feedUrl()));
        } catch (FetchException e) {
            // The feed is unreachable right now: keep the hub it named last.
            log.debug("Could not look at the WebSub hub of {} again: {}", subscription.feedUrl(), e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean servedBy(HubLinks links, WebSubSubscription subscription) {
        return links.hubs().contains(subscription.hubUrl()) && Objects.equals(links.self(), subscription.topicUrl());
    }

    private void move(WebSubSubscription subscription, HubLinks links) {
        long feedId = subscription.feedId();
        log.info("Feed {} is now {}; leaving the WebSub hub {}", feedId,
                links.hubs().isEmpty() ? "without a hub" : "pushed by " + links.hubs().getFirst() + " as " + links.self(),
                subscription.hubUrl());
        end(subscription);
        if (links.hubs().isEmpty()) {
            repository.recordDiscovery(feedId, clock.instant());
        } else {
            subscribeAt(feedId, links);
        }
    }

    private void subscribe(WebSubSubscription subscription) {
        Instant now = clock.instant();
        int attempts = subscription.attempts() + 1;
        // An earlier request is still unconfirmed: the hub took it (or refused it) but never verified.
        String unconfirmed = subscription.awaitingConfirmation()
                ? "no confirmation from the hub after " + attempts + " requests"
                : null;
        repository.recordRequest(subscription.id(), now);
        HubRequests.Outcome outcome = requests.send(HubRequests.Mode.SUBSCRIBE, subscription);
        if (shuttingDown()) {
            return;
        }
        Duration retry = WebSubSchedule.retryAfter(attempts);
        Instant next = now.plus(outcome.accepted() ? longer(WebSubSchedule.CONFIRMATION_WAIT, retry) : retry);
        Instant expiry = subscription.leaseExpiresAt();
        if (expiry != null && expiry.isAfter(now) && expiry.isBefore(next)) {
            // Come back when the lease runs out, to notice it.
            next = expiry;
        }
        repository.recordRequestOutcome(subscription.id(), now, outcome.accepted() ? unconfirmed : outcome.error(), next);
        if (!outcome.accepted()) {
            log.debug("WebSub subscription request for {} at {} failed: {}", subscription.topicUrl(),
                    subscription.hubUrl(), outcome.error());
        }
    }

    /**
     * Ends a subscription: asks the hub to stop, or forgets the subscription at once when the hub
     * holds nothing for it (never confirmed, denied) or has not confirmed after a few requests.
     */
    private void end(WebSubSubscription subscription) {
        boolean ending = subscription.state() == WebSubState.UNSUBSCRIBING;
        if (subscription.verifiedAt() == null || subscription.state() == WebSubState.DENIED
                || (ending && subscription.attempts() >= WebSubSchedule.UNSUBSCRIBE_ATTEMPTS)) {
            repository.delete(subscription.id());
            log.debug("Forgot the WebSub subscription to {} at {}", subscription.topicUrl(), subscription.hubUrl());
            return;
        }
        if (!ending) {
            repository.startUnsubscribing(subscription.id());
        }
        Instant now = clock.instant();
        repository.recordRequest(subscription.id(), now);
        HubRequests.Outcome outcome = requests.send(HubRequests.Mode.UNSUBSCRIBE, subscription);
        if (shuttingDown()) {
            return;
        }
        int attempts = ending ? subscription.attempts() + 1 : 1;
        Instant next = now.plus(outcome.accepted() ? WebSubSchedule.CONFIRMATION_WAIT : WebSubSchedule.retryAfter(attempts));
        repository.recordRequestOutcome(subscription.id(), now, outcome.error(), next);
    }

    /**
     * Whether the round was interrupted because Newsdesk is closing: a request cut short says
     * nothing about the hub or the feed, so nothing is recorded and the next start repeats it.
     */
    private static boolean shuttingDown() {
        return Thread.currentThread().isInterrupted();
    }

    private static Duration longer(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
