-- WebSub: feeds whose publishers push new content through a hub. Same placeholders as V1.
-- Times are epoch milliseconds.

-- One row per subscription at a hub. A feed has at most one current subscription; rows being
-- unsubscribed (the feed was removed, or it moved to another hub) may linger beside it until the
-- hub confirms. Removing the feed leaves its row with feed_id NULL, so that the server can still
-- tell the hub to stop: the hub knows nothing of our feeds table.
CREATE TABLE websub_subscriptions (
    id               ${id},
    feed_id          BIGINT REFERENCES feeds (id) ON DELETE SET NULL,
    hub_url          TEXT    NOT NULL,
    topic_url        TEXT    NOT NULL,
    -- The unguessable last segment of the callback URL: it alone identifies the subscription.
    callback_id      TEXT    NOT NULL UNIQUE,
    -- The key the hub signs deliveries with (X-Hub-Signature).
    secret           TEXT    NOT NULL,
    state            TEXT    NOT NULL
        CHECK (state IN ('pending', 'active', 'denied', 'expired', 'unsubscribing')),
    lease_seconds    BIGINT,
    lease_expires_at BIGINT,
    -- The last subscribe or unsubscribe request sent to the hub, and the hub's last confirmation.
    requested_at     BIGINT,
    verified_at      BIGINT,
    -- When the subscriber acts next (send or repeat a request, renew the lease); NULL for nothing.
    next_action_at   BIGINT,
    -- Requests sent since the hub last confirmed one, for backing off.
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT,
    last_delivery_at BIGINT,
    created_at       BIGINT  NOT NULL,
    updated_at       BIGINT  NOT NULL
);

CREATE UNIQUE INDEX websub_subscriptions_current ON websub_subscriptions (feed_id) WHERE state <> 'unsubscribing';
CREATE INDEX websub_subscriptions_next_action ON websub_subscriptions (next_action_at);

-- When each feed was last examined for a hub, so feeds without one are not asked again every round.
CREATE TABLE websub_discovery (
    feed_id    BIGINT PRIMARY KEY REFERENCES feeds (id) ON DELETE CASCADE,
    checked_at BIGINT NOT NULL
);
