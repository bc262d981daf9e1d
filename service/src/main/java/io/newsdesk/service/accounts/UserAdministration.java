package io.newsdesk.service.accounts;

import io.newsdesk.service.Newsdesk;
import io.newsdesk.service.NewsdeskException;
import io.newsdesk.store.Database;
import io.newsdesk.store.StoredUser;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adding, changing and removing users, for the command line and administrators. Callers check
 * that the acting user may do this; these methods check the data's own rules (unique names,
 * password length, keeping an administrator).
 */
public final class UserAdministration {

    private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);

    private final Database database;
    private final PasswordHasher hasher;
    private final Runnable passwordsChanged;

    UserAdministration(Database database, PasswordHasher hasher, Runnable passwordsChanged) {
        this.database = database;
        this.hasher = hasher;
        this.passwordsChanged = passwordsChanged;
    }

    /**
     * Adds a user who signs in with {@code password}. The first administrator added while the
     * passwordless local owner is the only user becomes that owner instead (renamed, with the
     * password), so the feeds and reading state of a personal installation are kept.
     *
     * @throws NewsdeskException INVALID for a name or password that breaks the rules, CONFLICT
     *     when a user of that name (in any case) exists
     */
    public AddedUser add(String username, String password, boolean admin) {
        Credentials.checkedUsername(username);
        Credentials.checkedPassword(password);
        String hash = hasher.hash(password);
        String feverKey = Credentials.feverKeyHash(username, password);
        if (admin) {
            Optional<Long> claimed = database.users().claimOwner(username, hash, feverKey);
            if (claimed.isPresent()) {
                log.info("The local owner is now administrator {}, with its data", username);
                passwordsChanged.run();
                return new AddedUser(info(claimed.get()), true);
            }
        }
        long id = database.users().create(username, hash, feverKey, admin)
                .orElseThrow(() -> NewsdeskException.conflict("a user named " + username + " exists already"));
        log.info("Added {} {}", admin ? "administrator" : "user", username);
        passwordsChanged.run();
        return new AddedUser(info(id), false);
    }

    /**
     * Sets the user's password; their sessions and tokens end, so every device signs in again.
     *
     * @throws NewsdeskException NOT_FOUND when there is no such user, INVALID for a password that
     *     breaks the rules
     */
    public void changePassword(String username, String password) {
        StoredUser user = byName(username);
        Credentials.checkedPassword(password);
        database.users().changePassword(user.id(), hasher.hash(password),
                Credentials.feverKeyHash(user.username(), password));
        log.info("Changed the password of {}; their sessions and tokens ended", user.username());
        passwordsChanged.run();
    }

    /**
     * Removes the user with all their subscriptions, reading state and tokens.
     *
     * @throws NewsdeskException NOT_FOUND when there is no such user, CONFLICT for the last
     *     administrator and for the user the command line acts for
     */
    public void remove(String username) {
        remove(byName(username));
    }

    /** As {@link #remove(String)}, by id. */
    public void remove(long id) {
        remove(database.users().find(id).orElseThrow(() -> NewsdeskException.notFound("there is no user " + id)));
    }

    /** Every user, in the order they were added. */
    public List<UserInfo> list() {
        return database.users().list().stream().map(UserInfo::of).toList();
    }

    /** The user with this name. */
    public Optional<UserInfo> find(String username) {
        return database.users().findByName(username).map(UserInfo::of);
    }

    private void remove(StoredUser user) {
        if (user.id() == Newsdesk.OWNER) {
            throw NewsdeskException.conflict(user.username() + " cannot be removed: the command line's feed, opml, "
                    + "import and demo commands act for this first user");
        }
        if (user.admin() && database.users().list().stream().filter(StoredUser::admin).count() == 1) {
            throw NewsdeskException.conflict(user.username() + " is the only administrator and cannot be removed");
        }
        database.users().remove(user.id());
        passwordsChanged.run();
    }

    private StoredUser byName(String username) {
        return database.users().findByName(username == null ? "" : username)
                .orElseThrow(() -> NewsdeskException.notFound("there is no user named " + username));
    }

    private UserInfo info(long id) {
        return database.users().find(id).map(UserInfo::of)
                .orElseThrow(() -> NewsdeskException.notFound("user " + id + " was removed meanwhile"));
    }
}
