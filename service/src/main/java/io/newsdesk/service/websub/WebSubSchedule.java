package io.newsdesk.service.websub;

import java.time.Duration;

/**
 * The timing of subscriptions: the lease Newsdesk asks for, when to renew, how long to wait for a
 * hub's confirmation, how to back off from failing hubs, how often to look for hubs again.
 */
final class WebSubSchedule {

    /** The lease asked for; hubs grant what they like. */
    static final Duration REQUESTED_LEASE = Duration.ofDays(10);
    /** How long a hub has to confirm a request it accepted before the request counts as lost. */
    static final Duration CONFIRMATION_WAIT = Duration.ofHours(1);
    /** How often a feed without a hub is examined again (publishers add hubs, and move them). */
    static final Duration REDISCOVERY = Duration.ofDays(7);
    /** Unsubscription requests sent before giving up: the hub's lease runs out anyway. */
    static final int UNSUBSCRIBE_ATTEMPTS = 3;

    private static final Duration LONGEST_LEASE = Duration.ofDays(365);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(5);
    private static final Duration LONGEST_RETRY = Duration.ofDays(1);
    private static final int RENEW_AT_PERCENT = 85;

    private WebSubSchedule() {}

    /**
     * The lease a hub granted in its verification request: {@code hub.lease_seconds}, or the
     * lease asked for when the hub gave none (it must) or nonsense; at most a year.
     */
    static Duration grantedLease(String leaseSeconds) {
        long seconds;
        try {
            seconds = leaseSeconds == null ? -1 : Long.parseLong(leaseSeconds.strip());
        } catch (NumberFormatException e) {
            seconds = -1;
        }
        if (seconds <= 0) {
            return REQUESTED_LEASE;
        }
        return seconds > LONGEST_LEASE.toSeconds() ? LONGEST_LEASE : Duration.ofSeconds(seconds);
    }

    /**
     * How long after a confirmation to renew: at 85% of the lease, and no later than 85% of the
     * lease asked for, so a generous hub is still asked again now and then (which also notices a
     * feed that moved hubs).
     */
    static Duration renewalAfter(Duration lease) {
        Duration basis = lease.compareTo(REQUESTED_LEASE) < 0 ? lease : REQUESTED_LEASE;
        return basis.multipliedBy(RENEW_AT_PERCENT).dividedBy(100);
    }

    /** The wait after the {@code attempts}-th unconfirmed request: 5 minutes, doubling, at most a day. */
    static Duration retryAfter(int attempts) {
        Duration wait = FIRST_RETRY;
        for (int i = 1; i < attempts && wait.compareTo(LONGEST_RETRY) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
    }
}
