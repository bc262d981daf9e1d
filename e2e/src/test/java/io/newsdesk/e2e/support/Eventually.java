package io.newsdesk.e2e.support;

import java.time.Duration;
import java.time.Instant;

/**
 * Waits for something the server does in the background (indexing what another process stored,
 * polling a feed) by repeating an assertion until it holds. The deadline is generous and only
 * bounds a failing run; how long it took is never asserted.
 */
public final class Eventually {

    /** Long enough for a loaded machine; a passing run is usually done within seconds. */
    public static final Duration DEADLINE = Duration.ofSeconds(90);
    private static final Duration PAUSE = Duration.ofMillis(250);

    /** An assertion that may throw. */
    @FunctionalInterface
    public interface Check {
        void run() throws Exception;
    }

    private Eventually() {}

    /** Repeats {@code check} until it passes; after {@link #DEADLINE} its last failure is thrown. */
    public static void holds(Check check) {
        holds(DEADLINE, check);
    }

    /** Repeats {@code check} until it passes; after {@code deadline} its last failure is thrown. */
    public static void holds(Duration deadline, Check check) {
        Instant giveUp = Instant.now().plus(deadline);
        while (true) {
            try {
                check.run();
                return;
            } catch (AssertionError | Exception failure) {
                if (Instant.now().isAfter(giveUp)) {
                    throw new AssertionError(
                            "still failing after " + deadline.toSeconds() + " s: " + failure.getMessage(), failure);
                }
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting", e);
            }
        }
    }
}
