package io.newsdesk.service.fulltext;

import java.time.Duration;
import java.time.Instant;

/**
 * When a failed page is tried again: failures that may pass (a timeout, a busy server) are
 * retried after 10 minutes, an hour and six hours, never sooner than the server's Retry-After;
 * after the fourth failed attempt, or after any failure that will not pass, the entry keeps its
 * teaser for good (a user can still ask for another try).
 */
final class RetrySchedule {

    /** Attempts in all, the first one included. */
    static final int MAX_ATTEMPTS = 4;

    private static final Duration FIRST_WAIT = Duration.ofMinutes(10);
    private static final int GROWTH = 6;
    /** However long a server asks to wait, a page is not left waiting longer than this. */
    private static final Duration LONGEST_WAIT = Duration.ofHours(24);

    private RetrySchedule() {}

    /**
     * When to try again after a failed attempt.
     *
     * @param failedAttempts the attempts that failed so far, this one included
     * @return the time of the next attempt, or {@code null} to give up
     */
    static Instant nextAttempt(PageProblem problem, int failedAttempts, Instant now) {
        if (!problem.retryable() || failedAttempts >= MAX_ATTEMPTS) {
            return null;
        }
        Duration wait = FIRST_WAIT.multipliedBy(pow(GROWTH, failedAttempts - 1));
        if (problem.retryAfter() != null && problem.retryAfter().compareTo(wait) > 0) {
            wait = problem.retryAfter();
        }
        return now.plus(wait.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : wait);
    }

    private static long pow(int base, int exponent) {
        long result = 1;
        for (int i = 0; i < exponent; i++) {
            result *= base;
        }
        return result;
    }
}
