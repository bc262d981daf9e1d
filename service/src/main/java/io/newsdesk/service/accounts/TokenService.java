package io.newsdesk.service.accounts;

import io.newsdesk.service.NewsdeskException;
import io.newsdesk.store.ApiTokenRepository;
import io.newsdesk.store.Database;
import io.newsdesk.store.StoredToken;
import io.newsdesk.store.TokenKind;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * API tokens: secrets that programs present instead of a password. Each is shown once when it is
 * created and stored as its SHA-256 digest; every operation names the user, so nobody can see or
 * revoke another user's tokens.
 */
public final class TokenService {

    /** Every token starts with this, so that secret scanners and people recognise one. */
    static final String PREFIX = "nd_";
    /** A reader app's sign-in ends when unused this long. */
    public static final Duration CLIENT_LOGIN_IDLE = Duration.ofDays(90);
    /** How many reader-app sign-ins a user keeps; older ones end as apps sign in again. */
    static final int CLIENT_LOGINS_KEPT = 20;
    static final int MAX_NAME_LENGTH = 100;
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    private static final Pattern WELL_FORMED = Pattern.compile("nd_[A-Za-z0-9_-]{43}");

    private final Database database;
    private final Clock clock;

    TokenService(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /**
     * Creates a token for a program of the user's.
     *
     * @param name what the user calls it ("newsboat on the laptop")
     * @throws NewsdeskException INVALID when the name is blank or longer than 100 characters
     */
    public NewToken create(long userId, String name) {
        return issue(userId, checkedName(name), TokenKind.API, null);
    }

    /**
     * Creates a token for a reader app that has just signed in with the user's password (Google
     * Reader's ClientLogin): it ends when unused for {@link #CLIENT_LOGIN_IDLE}, and only the
     * user's newest {@value #CLIENT_LOGINS_KEPT} such sign-ins are kept, since apps sign in again
     * and again.
     *
     * @param client what the app calls itself; shortened when long, "reader app" when blank
     */
    public NewToken issueClientLogin(long userId, String client) {
        String name = client == null || client.isBlank() ? "reader app" : client.strip();
        name = name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
        NewToken token = issue(userId, name, TokenKind.CLIENT_LOGIN, clock.instant().plus(CLIENT_LOGIN_IDLE));
        database.apiTokens().prune(userId, TokenKind.CLIENT_LOGIN, CLIENT_LOGINS_KEPT);
        return token;
    }

    /** The user's tokens, newest first; never their secrets. */
    public List<StoredToken> list(long userId) {
        return database.apiTokens().list(userId);
    }

    /**
     * Revokes the user's token at once.
     *
     * @throws NewsdeskException NOT_FOUND when the user has no such token (also when it is someone
     *     else's: other users' tokens do not exist for them)
     */
    public void revoke(long userId, long tokenId) {
        if (!database.apiTokens().revoke(userId, tokenId)) {
            throw NewsdeskException.notFound("there is no token " + tokenId);
        }
    }

    /** The user a token acts for; empty for a malformed, unknown, revoked or expired one. */
    Optional<AuthenticatedUser> authenticate(String secret) {
        if (secret == null || !WELL_FORMED.matcher(secret.strip()).matches()) {
            return Optional.empty();
        }
        Optional<ApiTokenRepository.Holder> found = database.apiTokens().findByHash(Secrets.digest(secret.strip()));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        StoredToken token = found.get().token();
        Instant now = clock.instant();
        if (token.expiresAt() != null && !token.expiresAt().isAfter(now)) {
            return Optional.empty();
        }
        if (token.lastUsedAt() == null || token.lastUsedAt().plus(TOUCH_INTERVAL).isBefore(now)) {
            database.apiTokens().touch(token.id(),
                    token.kind() == TokenKind.CLIENT_LOGIN ? now.plus(CLIENT_LOGIN_IDLE) : null);
        }
        return Optional.of(AuthenticatedUser.of(found.get().user()));
    }

    private NewToken issue(long userId, String name, TokenKind kind, Instant expiresAt) {
        String secret = PREFIX + Secrets.newSecret();
        long id = database.apiTokens().create(userId, name, kind, Secrets.digest(secret), expiresAt);
        StoredToken token = database.apiTokens().find(userId, id)
                .orElseThrow(() -> new NewsdeskException(NewsdeskException.Kind.INTERNAL,
                        "the new token " + id + " vanished; its user may have been removed"));
        return new NewToken(token, secret);
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw NewsdeskException.invalid("give the token a name, such as the program that will use it");
        }
        if (stripped.length() > MAX_NAME_LENGTH || stripped.chars().anyMatch(Character::isISOControl)) {
            throw NewsdeskException.invalid("a token's name is at most " + MAX_NAME_LENGTH
                    + " characters, without control characters");
        }
        return stripped;
    }
}
