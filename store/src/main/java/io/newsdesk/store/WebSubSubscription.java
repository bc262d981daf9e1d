package io.newsdesk.store;

import java.time.Duration;
import java.time.Instant;

/**
 * One subscription at a WebSub hub, as stored.
 *
 * @param id the row
 * @param feedId the feed it delivers, or {@code null} once the feed was removed
 * @param feedUrl where that feed is fetched from, or {@code null} once it was removed
 * @param hubUrl where subscription requests go
 * @param topicUrl the feed's URL as the hub knows it
 * @param callbackId the last segment of the callback URL, which identifies the subscription
 * @param secret the key the hub signs deliveries with
 * @param state where it stands with the hub
 * @param lease the lease the hub granted, or {@code null} before the first confirmation
 * @param leaseExpiresAt when that lease runs out, or {@code null}
 * @param requestedAt when the last request was sent to the hub, or {@code null} before the first
 * @param verifiedAt when the hub last confirmed a request, or {@code null}
 * @param nextActionAt when the subscriber acts on it next, or {@code null} for never
 * @param attempts requests sent since the hub last confirmed one
 * @param lastError the latest problem, or {@code null}
 * @param lastDeliveryAt when content was last pushed and stored, or {@code null}
 */
public record WebSubSubscription(
        long id,
        Long feedId,
        String feedUrl,
        String hubUrl,
        String topicUrl,
        String callbackId,
        String secret,
        WebSubState state,
        Duration lease,
        Instant leaseExpiresAt,
        Instant requestedAt,
        Instant verifiedAt,
        Instant nextActionAt,
        int attempts,
        String lastError,
        Instant lastDeliveryAt) {

    /** Whether a request was sent that the hub has not confirmed (yet). */
    public boolean awaitingConfirmation() {
        return requestedAt != null && (verifiedAt == null || verifiedAt.isBefore(requestedAt));
    }

    /** Whether the subscription still serves a feed and is not being ended. */
    public boolean wanted() {
        return feedId != null && state != WebSubState.UNSUBSCRIBING;
    }

    /** Leaves the secret out, so that logging a subscription never leaks it. */
    @Override
    public String toString() {
        return "WebSubSubscription[id=" + id + ", feedId=" + feedId + ", hubUrl=" + hubUrl + ", topicUrl=" + topicUrl
                + ", state=" + state + ", leaseExpiresAt=" + leaseExpiresAt + ", attempts=" + attempts + "]";
    }
}
