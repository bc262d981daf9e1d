package io.newsdesk.web;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Waits for an effect of the server's background work. The deadline is generous because machines
 * are shared and slow at times; a test never asserts how long the wait took.
 */
public final class Eventually {

    private static final Duration DEADLINE = Duration.ofSeconds(60);

    private Eventually() {}

    /** Returns once {@code condition} holds; fails the test naming {@code what} after the deadline. */
    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("gave up waiting after %s for: %s", DEADLINE, what);
            }
            try {
                Thread.sleep(25);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted while waiting for: " + what);
            }
        }
    }
}
