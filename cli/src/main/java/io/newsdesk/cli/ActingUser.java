package io.newsdesk.cli;

import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.service.accounts.UserInfo;
import picocli.CommandLine.Option;

/**
 * The {@code --user NAME} option of the commands that act on one user's subscriptions and reading
 * state. Without it they act for the owner, the first user, as a personal installation expects.
 */
final class ActingUser {

    @Option(names = "--user", paramLabel = "NAME", defaultValue = "${env:NEWSDESK_USER}",
            description = "Act for this user (default: the owner, the first user).")
    String name;

    /** The id of the user named, or the owner's without a name; fails when no such user exists. */
    long id(Newsdesk newsdesk) {
        if (name == null || name.isBlank()) {
            return Newsdesk.OWNER;
        }
        return newsdesk.accounts().users().find(name.strip())
                .map(UserInfo::id)
                .orElseThrow(() -> new NewsdeskException(NewsdeskException.Kind.NOT_FOUND,
                        "no user named \"" + name.strip() + "\"; `newsdesk user list` shows the users"));
    }
}
