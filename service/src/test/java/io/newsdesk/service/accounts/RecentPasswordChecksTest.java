package io.newsdesk.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.service.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecentPasswordChecksTest {

    private static final String HASH = "$argon2id$v=19$m=64,t=1,p=1$c2FsdA$aGFzaA";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T12:00:00Z"));
    private final RecentPasswordChecks checks = new RecentPasswordChecks(clock);

    @Test
    void aMatchIsBelievedForTheSameNamePasswordAndStoredHashOnly() {
        checks.matched("alice", "alices-password", HASH);

        assertThat(checks.matchedRecently("alice", "alices-password", HASH)).isTrue();
        assertThat(checks.matchedRecently("alice", "another-password", HASH)).isFalse();
        assertThat(checks.matchedRecently("alicealices", "-password", HASH)).as("no ambiguous joins").isFalse();
        assertThat(checks.matchedRecently("bob", "alices-password", HASH)).isFalse();
    }

    @Test
    void aChangedStoredHashEndsTheMatchForGood() {
        checks.matched("alice", "alices-password", HASH);

        assertThat(checks.matchedRecently("alice", "alices-password", HASH + "changed")).isFalse();
        assertThat(checks.matchedRecently("alice", "alices-password", HASH)).as("forgotten, not just refused once")
                .isFalse();
    }

    @Test
    void matchesExpire() {
        checks.matched("alice", "alices-password", HASH);
        clock.advance(RecentPasswordChecks.LIFETIME.minus(Duration.ofSeconds(1)));
        assertThat(checks.matchedRecently("alice", "alices-password", HASH)).isTrue();

        clock.advance(Duration.ofSeconds(1));

        assertThat(checks.matchedRecently("alice", "alices-password", HASH)).isFalse();
    }

    @Test
    void theLeastRecentlyUsedGoFirstWhenFull() {
        checks.matched("alice", "alices-password", HASH);
        for (int i = 0; i < RecentPasswordChecks.CAPACITY - 1; i++) {
            checks.matched("user" + i, "password", HASH);
        }
        assertThat(checks.matchedRecently("alice", "alices-password", HASH)).as("used, so kept").isTrue();

        checks.matched("one-more", "password", HASH);

        assertThat(checks.matchedRecently("alice", "alices-password", HASH)).isTrue();
        assertThat(checks.matchedRecently("user0", "password", HASH)).as("the least recently used").isFalse();
    }
}
