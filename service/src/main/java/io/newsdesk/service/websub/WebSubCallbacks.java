package io.newsdesk.service.websub;

import io.newsdesk.fetch.CacheHints;
import io.newsdesk.fetch.FetchResult;
import io.newsdesk.parse.FeedParseException;
import io.newsdesk.service.feeds.FeedRefresher;
import io.newsdesk.service.feeds.PollTarget;
import io.newsdesk.service.feeds.RefreshOutcome;
import io.newsdesk.store.Database;
import io.newsdesk.store.DueFeed;
import io.newsdesk.store.WebSubState;
import io.newsdesk.store.WebSubSubscription;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What Newsdesk answers on its WebSub callback URLs: hubs confirming (or denying) the requests it
 * sent, and hubs delivering new content.
 *
 * <p>A callback URL names one subscription by an unguessable id; a request for any other id is
 * answered 404. Confirmations are agreed to only for what Newsdesk asked: the topic of that
 * subscription, in the mode it is in. Deliveries count only when signed with the subscription's
 * secret; they are then stored exactly as a poll stores a fetched document.
 */
public final class WebSubCallbacks {

    private static final Logger log = LoggerFactory.getLogger(WebSubCallbacks.class);

    /**
     * A hub's GET on a callback URL: its {@code hub.*} query parameters, each {@code null} when absent.
     *
     * @param mode {@code hub.mode}: subscribe, unsubscribe or denied
     * @param topic {@code hub.topic}
     * @param challenge {@code hub.challenge}, to be echoed when the subscriber agrees
     * @param leaseSeconds {@code hub.lease_seconds}, the lease the hub grants
     * @param reason {@code hub.reason}, why the hub denied a subscription
     */
    public record Verification(String mode, String topic, String challenge, String leaseSeconds, String reason) {}

    /** What became of a delivery. */
    public enum Delivery {
        /** Signed correctly and stored: answer 2xx. */
        STORED,
        /** Received but not stored (bad signature, not a feed); the spec still wants a 2xx. */
        IGNORED,
        /** No such subscription (any more): answer 404, so the hub drops it. */
        UNKNOWN
    }

    private final Database database;
    private final FeedRefresher refresher;
    private final Clock clock;
    private final Duration safetyPollInterval;

    /**
     * @param refresher stores deliveries the way polls store fetched documents
     * @param safetyPollInterval how often a pushed feed is still polled
     */
    public WebSubCallbacks(Database database, FeedRefresher refresher, Clock clock, Duration safetyPollInterval) {
        this.database = database;
        this.refresher = refresher;
        this.clock = clock;
        this.safetyPollInterval = safetyPollInterval;
    }

    /**
     * Answers a hub's verification or denial request.
     *
     * @return the body of a 200 answer (the challenge, or nothing after a denial), or empty when
     *     Newsdesk does not agree, which the spec answers with 404
     */
    public Optional<String> verify(String callbackId, Verification request) {
        Optional<WebSubSubscription> found = database.websub().findByCallback(callbackId);
        if (found.isEmpty() || request.mode() == null
                || !Objects.equals(found.get().topicUrl(), request.topic())) {
            return Optional.empty();
        }
        WebSubSubscription subscription = found.get();
        return switch (request.mode()) {
            case "subscribe" -> confirmSubscription(subscription, request);
            case "unsubscribe" -> confirmUnsubscription(subscription, request);
            case "denied" -> recordDenial(subscription, request);
            default -> Optional.empty();
        };
    }

    private Optional<String> confirmSubscription(WebSubSubscription subscription, Verification request) {
        if (isBlank(request.challenge())) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Duration lease = WebSubSchedule.grantedLease(request.leaseSeconds());
        if (!database.websub().activate(subscription.id(), lease, now, now.plus(WebSubSchedule.renewalAfter(lease)))) {
            return Optional.empty();
        }
        database.websub().deferPolling(now, safetyPollInterval);
        log.info("WebSub hub {} confirmed the subscription to {} for {}", subscription.hubUrl(),
                subscription.topicUrl(), lease);
        return Optional.of(request.challenge());
    }

    private Optional<String> confirmUnsubscription(WebSubSubscription subscription, Verification request) {
        if (isBlank(request.challenge()) || subscription.state() != WebSubState.UNSUBSCRIBING) {
            return Optional.empty();
        }
        database.websub().delete(subscription.id());
        log.info("WebSub hub {} confirmed the end of the subscription to {}", subscription.hubUrl(),
                subscription.topicUrl());
        return Optional.of(request.challenge());
    }

    private Optional<String> recordDenial(WebSubSubscription subscription, Verification request) {
        String reason = isBlank(request.reason()) ? "the hub denied the subscription"
                : "the hub denied the subscription: " + request.reason().strip();
        if (!database.websub().deny(subscription.id(), reason)) {
            // Denying what is being ended: the hub holds nothing, so it has ended.
            database.websub().delete(subscription.id());
        }
        log.info("WebSub hub {} denied the subscription to {}; the feed is polled instead", subscription.hubUrl(),
                subscription.topicUrl());
        return Optional.of("");
    }

    /**
     * Takes a hub's delivery: checks its signature, then parses and stores it as a poll would, and
     * polls the feed only rarely while the hub keeps pushing it.
     *
     * @param body the request body (already limited in size)
     * @param contentType the request's Content-Type, which is the feed's, or {@code null}
     * @param signature the {@code X-Hub-Signature} header, or {@code null}
     */
    public Delivery deliver(String callbackId, byte[] body, String contentType, String signature) {
        Optional<WebSubSubscription> found = database.websub().findByCallback(callbackId);
        if (found.isEmpty() || !found.get().wanted() || found.get().state() == WebSubState.DENIED) {
            return Delivery.UNKNOWN;
        }
        WebSubSubscription subscription = found.get();
        HubSignature.Verdict verdict = HubSignature.check(signature, body, subscription.secret());
        if (verdict != HubSignature.Verdict.VALID) {
            return ignore(subscription, verdict.problem());
        }
        Optional<DueFeed> feed = database.websub().deliveryTarget(subscription.feedId());
        if (feed.isEmpty()) {
            return Delivery.UNKNOWN;
        }
        // The feed's validators stay: they describe the last document fetched, which a
        // conditional poll still compares against.
        FetchResult delivered = new FetchResult(subscription.topicUrl(), subscription.topicUrl(), 200, false, body,
                contentType, feed.get().etag(), feed.get().lastModified(), false, CacheHints.none());
        FeedRefresher.FetchedFeed parsed;
        try {
            parsed = refresher.parse(delivered);
        } catch (FeedParseException e) {
            return ignore(subscription, "ignored a delivery that is not a feed: " + e.getMessage());
        }
        Instant now = clock.instant();
        RefreshOutcome outcome = refresher.store(PollTarget.of(feed.get()), parsed, now);
        database.websub().recordDelivery(subscription.id(), now);
        database.websub().deferPolling(now, safetyPollInterval);
        log.debug("WebSub hub {} delivered {}: {} new, {} changed", subscription.hubUrl(), subscription.topicUrl(),
                outcome.inserted(), outcome.updated());
        return Delivery.STORED;
    }

    private Delivery ignore(WebSubSubscription subscription, String problem) {
        log.warn("WebSub delivery for {} from {}: {}", subscription.topicUrl(), subscription.hubUrl(), problem);
        database.websub().recordProblem(subscription.id(), problem);
        return Delivery.IGNORED;
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
