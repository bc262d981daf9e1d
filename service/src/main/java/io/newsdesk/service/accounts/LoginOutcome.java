package io.newsdesk.service.accounts;

import java.time.Duration;

/** What became of a sign-in with a username and password. */
public sealed interface LoginOutcome {

    /** The password was right. */
    record Success(AuthenticatedUser user) implements LoginOutcome {}

    /** The name or the password was wrong; which one is not said. */
    record Refused() implements LoginOutcome {}

    /**
     * Too many failures for this name or from this address: the password was not checked.
     *
     * @param retryAfter how long until the next attempt is accepted
     */
    record Throttled(Duration retryAfter) implements LoginOutcome {}
}
