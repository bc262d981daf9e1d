package io.newsdesk.service.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows down password guessing: after a few failed sign-ins for one username, or from one client
 * address, further attempts are refused for a time that doubles with every failure, up to a
 * quarter of an hour. Usernames get fewer free attempts than addresses, since many people may
 * share one address. A username that does not exist is throttled exactly like one that does, so
 * the answers tell nothing about which names exist. Failures are forgotten an hour after the
 * last one; a successful sign-in forgets the username's.
 *
 * <p>Kept in memory, per process (see docs/decisions.md): the number of tracked names and
 * addresses is bounded, so a flood of made-up names cannot exhaust memory.
 */
final class LoginThrottle {

    static final int FREE_FAILURES_PER_USERNAME = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration FIRST_DELAY = Duration.ofSeconds(1);
    static final Duration LONGEST_DELAY = Duration.ofMinutes(15);
    static final Duration MEMORY = Duration.ofHours(1);
    private static final int MAX_TRACKED = 10_000;

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    private final Clock clock;
    private final Map<String, Failures> failures = new ConcurrentHashMap<>();

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    private record Failures(int count, Instant last, Instant lockedUntil) {}

    /**
     * How long attempts for {@code username} from {@code address} must wait; zero when one may be
     * made now.
     *
     * @param username the name tried, or {@code null} for attempts that name nobody (a Fever key)
     */
    Duration wait(String username, String address) {
        Instant now = clock.instant();
        Duration byName = username == null ? Duration.ZERO : waitFor(nameKey(username), now);
        Duration byAddress = waitFor(addressKey(address), now);
        return byName.compareTo(byAddress) >= 0 ? byName : byAddress;
    }

    /** Records a failed attempt. */
    void failed(String username, String address) {
        Instant now = clock.instant();
        if (username != null) {
            record(nameKey(username), FREE_FAILURES_PER_USERNAME, now);
        }
        record(addressKey(address), FREE_FAILURES_PER_ADDRESS, now);
    }

    /** Forgets the username's failures after it signed in. */
    void succeeded(String username) {
        failures.remove(nameKey(username));
    }

    private Duration waitFor(String key, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.lockedUntil == null || !f.lockedUntil.isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, f.lockedUntil);
    }

    private void record(String key, int free, Instant now) {
        if (failures.size() >= MAX_TRACKED) {
            forgetOld(now);
        }
        Failures updated = failures.compute(key, (k, f) -> {
            int count = f == null || f.last.plus(MEMORY).isBefore(now) ? 1 : f.count + 1;
            Instant lockedUntil = count <= free ? null : now.plus(delay(count - free));
            return new Failures(count, now, lockedUntil);
        });
        if (updated.lockedUntil != null) {
            log.warn("Sign-ins throttled for {} after {} failures: next attempt allowed in {} s",
                    key, updated.count, Duration.between(now, updated.lockedUntil).toSeconds());
        }
    }

    /** 1 s after the first failure over the free ones, doubling, at most {@link #LONGEST_DELAY}. */
    static Duration delay(int failuresOverFree) {
        int doublings = Math.min(failuresOverFree - 1, 20);
        Duration delay = FIRST_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }

    private void forgetOld(Instant now) {
        failures.values().removeIf(f -> f.last.plus(MEMORY).isBefore(now)
                && (f.lockedUntil == null || f.lockedUntil.isBefore(now)));
        if (failures.size() >= MAX_TRACKED) {
            log.warn("More than {} names and addresses failed to sign in within {}; forgetting them all",
                    MAX_TRACKED, MEMORY);
            failures.clear();
        }
    }

    /** Control characters are replaced and the length bounded: keys appear in the log. */
    private static String nameKey(String username) {
        String name = username.length() > 64 ? username.substring(0, 64) : username;
        return "user " + name.toLowerCase(Locale.ROOT).replaceAll("\\p{Cntrl}", "?");
    }

    private static String addressKey(String address) {
        String shown = address == null || address.isBlank() ? "unknown" : address.strip();
        return "address " + (shown.length() > 64 ? shown.substring(0, 64) : shown).replaceAll("\\p{Cntrl}", "?");
    }
}
