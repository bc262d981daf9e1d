package io.newsdesk.store;

import java.time.Instant;

/**
 * How push delivery of a feed stands, as its subscribers see it (no secret in it).
 *
 * @param state where the subscription stands with the hub
 * @param hubUrl the hub that pushes the feed
 * @param topicUrl the feed's URL as the hub knows it (its {@code rel="self"} link)
 * @param leaseExpiresAt when the hub's confirmation runs out, or {@code null} before the first one
 * @param lastDeliveryAt when the hub last pushed content that was stored, or {@code null}
 * @param lastError the latest problem with the hub or a delivery, or {@code null}
 */
public record WebSubStatus(
        WebSubState state,
        String hubUrl,
        String topicUrl,
        Instant leaseExpiresAt,
        Instant lastDeliveryAt,
        String lastError) {}
