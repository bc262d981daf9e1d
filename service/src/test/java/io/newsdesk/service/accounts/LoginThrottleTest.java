package io.newsdesk.service.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsdesk.service.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T12:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void aNameIsLockedOutAfterItsFreeFailuresForLongerAndLonger() {
        for (int i = 0; i < LoginThrottle.FREE_FAILURES_PER_USERNAME; i++) {
            assertThat(throttle.wait("alice", "10.0.0." + i)).isZero();
            throttle.failed("alice", "10.0.0." + i);
        }
        assertThat(throttle.wait("alice", "10.0.0.9")).isZero();

        throttle.failed("alice", "10.0.0.9");
        assertThat(throttle.wait("ALICE", "10.0.0.10")).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("alice", "10.0.0.9");
        assertThat(throttle.wait("alice", "10.0.0.10")).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.wait("bob", "10.0.0.10")).isZero();

        clock.advance(Duration.ofSeconds(2));
        assertThat(throttle.wait("alice", "10.0.0.10")).isZero();
    }

    @Test
    void anAddressIsLockedOutWhateverNamesItTries() {
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_ADDRESS; i++) {
            throttle.failed("name" + i, "192.0.2.1");
        }

        assertThat(throttle.wait("someone-new", "192.0.2.1")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.wait(null, "192.0.2.1")).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.wait("someone-new", "192.0.2.2")).isZero();
    }

    @Test
    void successForgetsTheNamesFailuresAndTimeForgetsAll() {
        for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_USERNAME; i++) {
            throttle.failed("alice", "192.0.2.1");
        }
        throttle.succeeded("alice");
        assertThat(throttle.wait("alice", "192.0.2.1")).isZero();

        for (int i = 0; i <= LoginThrottle.FREE_FAILURES_PER_USERNAME; i++) {
            throttle.failed("bob", "192.0.2.1");
        }
        clock.advance(LoginThrottle.MEMORY.plusSeconds(1));
        throttle.failed("bob", "192.0.2.1");
        assertThat(throttle.wait("bob", "192.0.2.1")).isZero();
    }

    @Property
    void delaysGrowAndStayBounded(@ForAll @IntRange(min = 1, max = 10_000) int failures) {
        Duration delay = LoginThrottle.delay(failures);
        assertThat(delay).isBetween(LoginThrottle.FIRST_DELAY, LoginThrottle.LONGEST_DELAY);
        assertThat(LoginThrottle.delay(failures + 1)).isGreaterThanOrEqualTo(delay);
    }
}
